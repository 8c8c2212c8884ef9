#pragma once

#include <QList>

#include <algorithm>
#include <limits>

namespace fentu::bench {

/// The median of `values` (the mean of the middle two for an even count); NaN when empty.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace fentu::bench
