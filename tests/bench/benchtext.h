#pragma once

#include <QCoreApplication>
#include <QString>

namespace fentu::bench {

/// fentu-bench's own words, translatable like the sandbox's (context "fentu-bench").
inline QString tr(const char *text)
{
    return QCoreApplication::translate("fentu-bench", text);
}

} // namespace fentu::bench
