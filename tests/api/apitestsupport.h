#pragma once

// Shared by the API client tests: a callback recorder; quickRetries(), startedSandbox() and
// connectedClient() come from tests/support.

#include "await.h"
#include "connectedclient.h"
#include "testsandbox.h"

#include "api/apiclient.h"
#include "sandboxserver.h"

#include <QTest>

#include <memory>
#include <vector>

namespace fentu::test {

/// Records every delivery of one call's callback, so tests can assert "exactly once".
template <typename T> class Recorder
{
public:
    ApiClient::Callback<T> callback()
    {
        return
            [state = m_state](ApiResult<T> result) { state->results.push_back(std::move(result)); };
    }
    int count() const { return static_cast<int>(m_state->results.size()); }
    const ApiResult<T> &result() const { return m_state->results.back(); }
    /// Waits (pumping events) for the first delivery.
    [[nodiscard]] bool wait(int timeoutMs = 15000) const
    {
        return QTest::qWaitFor([this] { return count() > 0; }, timeoutMs);
    }

private:
    struct State
    {
        std::vector<ApiResult<T>> results;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

/// The error's technical detail, or nothing on success: for QVERIFY2 messages, which are
/// evaluated even when the check passes.
template <typename T> QString describe(const ApiResult<T> &result)
{
    return result.isOk() ? QString() : result.error().technicalDetail();
}

/// A sandbox with a few orders, and the options the tests use.
inline sandbox::Options smallSandbox(int orders = 60)
{
    sandbox::Options options;
    options.orders = orders;
    return options;
}

} // namespace fentu::test
