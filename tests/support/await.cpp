#include "await.h"

namespace fentu::test {

RetryPolicy quickRetries(int maxAttempts)
{
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelay = std::chrono::milliseconds(10);
    policy.maxDelay = std::chrono::milliseconds(50);
    return policy;
}

} // namespace fentu::test
