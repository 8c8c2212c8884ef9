#include "api/retrypolicy.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace fentu {

std::chrono::milliseconds RetryPolicy::backoff(int retry, double unit) const
{
    using std::chrono::milliseconds;
    const double base = static_cast<double>(std::max<qint64>(0, baseDelay.count()));
    const double cap = static_cast<double>(std::max<qint64>(0, maxDelay.count()));
    // The exponent is clamped so a large retry number cannot overflow; by then the cap rules.
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double ceiling = std::min(cap, base * std::ldexp(1.0, exponent));
    // Full jitter (a uniform draw in [0, ceiling)) spreads the retries of many clients that
    // failed at the same moment, instead of having them return in lock-step.
    const double u = std::isfinite(unit) ? std::clamp(unit, 0.0, 1.0) : 0.0;
    return milliseconds(static_cast<qint64>(std::floor(u * ceiling)));
}

} // namespace fentu
