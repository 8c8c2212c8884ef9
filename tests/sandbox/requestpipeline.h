#pragma once

#include "httpexchange.h"

#include <QObject>

#include <functional>

namespace fentu::sandbox {

class ApiDispatcher;
class FaultInjector;

/// One request's way through the server: count it, plan its faults, wait out the latency
/// (on a timer: the server shares its thread with the tests' clients), let the API answer,
/// spoil (or drop) the answer if planned, hold back the first byte if planned, reply.
class RequestPipeline : public QObject
{
    Q_OBJECT
public:
    RequestPipeline(ApiDispatcher &api, FaultInjector &faults, QObject *parent = nullptr);

    void handle(const HttpRequest &request, ReplySink reply);
    int requestCount() const { return m_requestCount; }

private:
    void after(int milliseconds, std::function<void()> work);

    ApiDispatcher &m_api;
    FaultInjector &m_faults;
    int m_requestCount = 0;
};

} // namespace fentu::sandbox
