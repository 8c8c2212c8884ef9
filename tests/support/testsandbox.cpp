#include "testsandbox.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace fentu::test {

TestSandbox::TestSandbox(int orders)
{
    m_options.orders = orders;
    m_options.databasePath = m_dir.filePath(u"sandbox.sqlite"_s);
    m_options.anchorDate = QDate(2026, 3, 2);
}

bool TestSandbox::start()
{
    m_server = std::make_unique<sandbox::SandboxServer>(m_options);
    QString error;
    if (!m_server->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        m_server.reset();
        return false;
    }
    m_options.port = m_server->port(); // a restart comes back on the same port
    return true;
}

QUrl TestSandbox::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

std::unique_ptr<sandbox::SandboxServer> startedSandbox(int orders, QString *error)
{
    sandbox::Options options;
    options.orders = orders;
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    if (!server->start(error))
        server.reset();
    return server;
}

} // namespace fentu::test
