#pragma once

#include <QCoreApplication>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace fentu {

/// The status bar's indicators: which server the window talks to and how that goes, how many
/// work orders there are (and how many the quick search shows), and a busy bar while a page
/// loads. Its widgets are children of the status bar it was given.
class StatusIndicators
{
    Q_DECLARE_TR_FUNCTIONS(fentu::StatusIndicators)
public:
    enum class Connection
    {
        NotConfigured,
        Connecting,
        Online,
        KeyRefused,
        Unreachable,
        ServerTrouble
    };

    explicit StatusIndicators(QStatusBar *statusBar);

    /// `server` is a host name or "host:port".
    void setConnection(Connection connection, const QString &server);
    /// total < 0: not known yet. shown and loaded count only while `searching`.
    void setCounts(int total, bool searching, int shown, int loaded);
    /// A search over the cache: how many orders it found (negative while unknown) and how
    /// fresh the cache is.
    void setSearchResult(int found, const QDateTime &cachedAt);
    void setBusy(bool busy);
    /// While not empty, the connection label says this ("Offline — showing orders cached 5
    /// minutes ago") instead of the connection's state, which it remembers for later.
    void setOfflineText(const QString &text);
    /// "3 changes waiting to be sent"; hidden at 0.
    void setWaitingCount(int count);

private:
    void showConnection();

    QLabel *m_connection;
    QLabel *m_waiting;
    QString m_connectionText;
    QString m_offlineText;
    QString m_server; // host[:port] of the server in use
    QLabel *m_matches;
    QLabel *m_count;
    QProgressBar *m_busy;
};

} // namespace fentu
