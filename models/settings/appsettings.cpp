#include "settings/appsettings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {
constexpr auto kBaseUrl = "server/baseUrl"_L1;
constexpr auto kPageSize = "list/pageSize"_L1;
constexpr auto kLastFilter = "list/lastFilter"_L1;
constexpr auto kColumnState = "list/columnState"_L1;
constexpr auto kWindowGeometry = "window/geometry"_L1;
constexpr auto kWindowState = "window/state"_L1;
constexpr auto kWorkOffline = "network/workOffline"_L1;
constexpr auto kSplitterState = "window/splitterState"_L1;
constexpr auto kDetailsVisible = "window/detailsVisible"_L1;
constexpr auto kSandboxPort = "sandbox/port"_L1;
} // namespace

// Names given explicitly rather than taken from QCoreApplication, so that the CLI, the GUI
// and the tests all read the same file whatever they call themselves.
AppSettings::AppSettings() : m_settings(u"Fentu"_s, u"Fentu Desk"_s) {}

QUrl AppSettings::baseUrl() const
{
    return QUrl(m_settings.value(kBaseUrl).toString(), QUrl::StrictMode);
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    // User info is dropped: a password typed into the URL must not end up in a plain file.
    m_settings.setValue(kBaseUrl, url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded));
}

int AppSettings::pageSize() const
{
    bool ok = false;
    const int size = m_settings.value(kPageSize).toInt(&ok);
    return ok ? std::clamp(size, MinPageSize, MaxPageSize) : DefaultPageSize;
}

void AppSettings::setPageSize(int size)
{
    m_settings.setValue(kPageSize, std::clamp(size, MinPageSize, MaxPageSize));
}

QVariantMap AppSettings::lastFilter() const
{
    return m_settings.value(kLastFilter).toMap();
}

void AppSettings::setLastFilter(const QVariantMap &filter)
{
    m_settings.setValue(kLastFilter, filter);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kWindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kWindowState, state);
}

QByteArray AppSettings::columnState() const
{
    return m_settings.value(kColumnState).toByteArray();
}

void AppSettings::setColumnState(const QByteArray &state)
{
    m_settings.setValue(kColumnState, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(kSplitterState).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(kSplitterState, state);
}

bool AppSettings::detailsVisible() const
{
    return m_settings.value(kDetailsVisible, true).toBool();
}

void AppSettings::setDetailsVisible(bool visible)
{
    m_settings.setValue(kDetailsVisible, visible);
}

bool AppSettings::workOffline() const
{
    return m_settings.value(kWorkOffline, false).toBool();
}

void AppSettings::setWorkOffline(bool offline)
{
    m_settings.setValue(kWorkOffline, offline);
}

quint16 AppSettings::sandboxPort() const
{
    bool ok = false;
    const uint port = m_settings.value(kSandboxPort).toUInt(&ok);
    return ok && port <= 65535 ? quint16(port) : quint16(0); // a hand-edited file may hold anything
}

void AppSettings::setSandboxPort(quint16 port)
{
    m_settings.setValue(kSandboxPort, port);
}

void AppSettings::sync()
{
    m_settings.sync();
}

QString AppSettings::fileName() const
{
    return m_settings.fileName();
}

} // namespace fentu
