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
constexpr auto kBoardShown = "board/shown"_L1;
constexpr auto kBoardDays = "board/days"_L1;
constexpr auto kBoardWorkStart = "board/workStart"_L1;
constexpr auto kBoardWorkEnd = "board/workEnd"_L1;
constexpr auto kBoardNights = "board/showNights"_L1;
constexpr auto kBoardWeekends = "board/showWeekends"_L1;
constexpr auto kBoardSnap = "board/snapMinutes"_L1;
constexpr auto kBoardRefresh = "board/refreshSeconds"_L1;
constexpr auto kBoardDefaultDuration = "board/defaultDurationMinutes"_L1;
constexpr auto kBoardClashesOnly = "board/clashesOnly"_L1;
constexpr auto kDetailMode = "sync/detailMode"_L1; // "automatic", "all" or "window"
constexpr auto kDetailDaysBack = "sync/detailDaysBack"_L1;
constexpr auto kDetailDaysAhead = "sync/detailDaysAhead"_L1;
constexpr auto kRateLimitWait = "sync/rateLimitWaitMinutes"_L1;
constexpr auto kAppearance = "appearance"_L1;
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

int AppSettings::rateLimitWaitMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kRateLimitWait).toInt(&ok);
    return ok && minutes >= MinRateLimitWaitMinutes && minutes <= MaxRateLimitWaitMinutes
               ? minutes
               : DefaultRateLimitWaitMinutes;
}

void AppSettings::setRateLimitWaitMinutes(int minutes)
{
    m_settings.setValue(kRateLimitWait,
                        std::clamp(minutes, MinRateLimitWaitMinutes, MaxRateLimitWaitMinutes));
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

// Stored as a word, not the enum's number, so the file stays readable and a reordered enum
// never turns a user's Dark into Light.
Appearance AppSettings::appearance() const
{
    const QString word = m_settings.value(kAppearance).toString();
    if (word == "light"_L1)
        return Appearance::Light;
    if (word == "dark"_L1)
        return Appearance::Dark;
    return Appearance::System;
}

void AppSettings::setAppearance(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        m_settings.setValue(kAppearance, u"light"_s);
        return;
    case Appearance::Dark:
        m_settings.setValue(kAppearance, u"dark"_s);
        return;
    case Appearance::System:
        break;
    }
    m_settings.setValue(kAppearance, u"system"_s);
}

void AppSettings::sync()
{
    m_settings.sync();
}

QString AppSettings::fileName() const
{
    return m_settings.fileName();
}

DetailScope AppSettings::detailScope() const
{
    const DetailScope defaults;
    DetailScope scope;
    const QString mode = m_settings.value(kDetailMode).toString();
    scope.mode = mode == "all"_L1      ? DetailScope::Mode::All
                 : mode == "window"_L1 ? DetailScope::Mode::Window
                                       : DetailScope::Mode::Automatic;
    const int back = m_settings.value(kDetailDaysBack, defaults.daysBack).toInt();
    const int ahead = m_settings.value(kDetailDaysAhead, defaults.daysAhead).toInt();
    scope.daysBack = back >= 0 && back <= DetailScope::MaxDays ? back : defaults.daysBack;
    scope.daysAhead = ahead >= 0 && ahead <= DetailScope::MaxDays ? ahead : defaults.daysAhead;
    return scope;
}

void AppSettings::setDetailScope(const DetailScope &scope)
{
    const auto mode = [&scope] {
        switch (scope.mode) {
        case DetailScope::Mode::All:
            return u"all"_s;
        case DetailScope::Mode::Window:
            return u"window"_s;
        case DetailScope::Mode::Automatic:
            break;
        }
        return u"automatic"_s;
    };
    m_settings.setValue(kDetailMode, mode());
    m_settings.setValue(kDetailDaysBack, scope.daysBack);
    m_settings.setValue(kDetailDaysAhead, scope.daysAhead);
}

BoardPreferences AppSettings::boardPreferences() const
{
    const BoardPreferences defaults;
    BoardPreferences p;
    p.boardShown = m_settings.value(kBoardShown, defaults.boardShown).toBool();
    const int days = m_settings.value(kBoardDays, defaults.days).toInt();
    p.days = days == 1 || days == 7 || days == 14 ? days : defaults.days;
    p.workStart = QTime::fromString(m_settings.value(kBoardWorkStart).toString(), u"HH:mm"_s);
    p.workEnd = QTime::fromString(m_settings.value(kBoardWorkEnd).toString(), u"HH:mm"_s);
    if (!p.workStart.isValid() || !p.workEnd.isValid() || p.workStart >= p.workEnd) {
        p.workStart = defaults.workStart;
        p.workEnd = defaults.workEnd;
    }
    p.showNights = m_settings.value(kBoardNights, defaults.showNights).toBool();
    p.showWeekends = m_settings.value(kBoardWeekends, defaults.showWeekends).toBool();
    const int snap = m_settings.value(kBoardSnap, defaults.snapMinutes).toInt();
    p.snapMinutes = snap >= 1 && snap <= 240 ? snap : defaults.snapMinutes;
    const int refresh = m_settings.value(kBoardRefresh, defaults.refreshSeconds).toInt();
    p.refreshSeconds = refresh >= 0 && refresh <= 3600 ? refresh : defaults.refreshSeconds;
    const int length = m_settings.value(kBoardDefaultDuration, defaults.defaultDurationMinutes)
                           .toInt();
    p.defaultDurationMinutes = length >= 5 && length <= 24 * 60 ? length
                                                                : defaults.defaultDurationMinutes;
    p.clashesOnly = m_settings.value(kBoardClashesOnly, defaults.clashesOnly).toBool();
    return p;
}

void AppSettings::setBoardPreferences(const BoardPreferences &p)
{
    m_settings.setValue(kBoardShown, p.boardShown);
    m_settings.setValue(kBoardDays, p.days);
    m_settings.setValue(kBoardWorkStart, p.workStart.toString(u"HH:mm"_s));
    m_settings.setValue(kBoardWorkEnd, p.workEnd.toString(u"HH:mm"_s));
    m_settings.setValue(kBoardNights, p.showNights);
    m_settings.setValue(kBoardWeekends, p.showWeekends);
    m_settings.setValue(kBoardSnap, p.snapMinutes);
    m_settings.setValue(kBoardRefresh, p.refreshSeconds);
    m_settings.setValue(kBoardDefaultDuration, p.defaultDurationMinutes);
    m_settings.setValue(kBoardClashesOnly, p.clashesOnly);
}

} // namespace fentu
