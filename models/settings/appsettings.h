#pragma once

#include "domain/detailscope.h"
#include "settings/appearance.h"
#include "settings/boardpreferences.h"

#include <QByteArray>
#include <QSettings>
#include <QUrl>
#include <QVariantMap>

namespace fentu {

/// The user's preferences, typed, over QSettings (organisation "Fentu", application
/// "Fentu Desk"). Deliberately has no API key: that lives in the keychain (CredentialStore).
class AppSettings
{
public:
    static constexpr int DefaultPageSize = 100; // the API's maximum: fewest round trips
    static constexpr int MinPageSize = 1;
    static constexpr int MaxPageSize = 100; // the API refuses more

    AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    /// The server's base URL, path prefix included; empty until the user sets one.
    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);

    /// Rows asked for per page, always within the API's 1..100.
    int pageSize() const;
    void setPageSize(int size);

    /// The last filter the user applied, as WorkOrderFilter serialises it.
    QVariantMap lastFilter() const;
    void setLastFilter(const QVariantMap &filter);

    /// Opaque blobs from QWidget::saveGeometry / QMainWindow::saveState / QHeaderView::saveState.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray columnState() const;
    void setColumnState(const QByteArray &state);
    /// The table/details splitter, from QSplitter::saveState.
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    /// Whether the details pane beside the table is shown (View > Details); default true.
    bool detailsVisible() const;
    void setDetailsVisible(bool visible);

    /// The user chose to work from the cache without contacting the server.
    bool workOffline() const;
    void setWorkOffline(bool offline);

    /// The port the local sandbox of the first run listened on last time; 0 if never started.
    /// Reusing it keeps the sandbox's base URL, and so its offline copy, across runs.
    quint16 sandboxPort() const;
    void setSandboxPort(quint16 port);

    /// The schedule board's zoom, hours, snap and refresh; out-of-range values come back as
    /// the defaults.
    BoardPreferences boardPreferences() const;
    void setBoardPreferences(const BoardPreferences &preferences);

    /// Which orders a sync keeps complete offline (Settings ▸ Offline); out-of-range values
    /// come back as the defaults.
    DetailScope detailScope() const;
    void setDetailScope(const DetailScope &scope);

    /// How long, in all, a sync waits for a server that asks it to slow down (rate limiting)
    /// before it gives up, in minutes (Settings ▸ Offline; fentu-cli sync --max-wait).
    static constexpr int MinRateLimitWaitMinutes = 1;
    static constexpr int MaxRateLimitWaitMinutes = 60;
    static constexpr int DefaultRateLimitWaitMinutes = 5;
    int rateLimitWaitMinutes() const;
    void setRateLimitWaitMinutes(int minutes);

    /// System, Light or Dark (Settings ▸ Appearance); System when unset or unreadable.
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    /// Writes pending changes to disk now (QSettings also does so on its own, later).
    void sync();
    /// Where the settings live, for diagnostics and tests.
    QString fileName() const;

private:
    QSettings m_settings;
};

} // namespace fentu
