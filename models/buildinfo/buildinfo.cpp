#include "buildinfo/buildinfo.h"

// Written by cmake/FentuCommit.cmake on every build, rewritten only when the commit changes,
// so that only this file recompiles after a commit.
#include "fentu_commit.h"

using namespace Qt::StringLiterals;

namespace fentu::buildinfo {

QString version()
{
    return QStringLiteral(FENTU_VERSION);
}

QString commit()
{
    return QStringLiteral(FENTU_COMMIT);
}

QString versionText()
{
    // Not translated: scripts and bug reports read it.
    return version() + u" (commit "_s + commit() + u')';
}

} // namespace fentu::buildinfo
