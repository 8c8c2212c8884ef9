#include "statusindicators.h"

#include "servertext.h"

#include "pages/relativetime.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace fentu {

StatusIndicators::StatusIndicators(QStatusBar *statusBar)
    : m_connection(plainTextLabel(QString(), statusBar)), m_waiting(new QLabel(statusBar)),
      m_matches(new QLabel(statusBar)), m_count(new QLabel(statusBar)),
      m_busy(new QProgressBar(statusBar))
{
    m_connection->setObjectName(u"connectionLabel"_s);
    m_matches->setObjectName(u"matchLabel"_s);
    m_count->setObjectName(u"countLabel"_s);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_waiting->setObjectName(u"waitingLabel"_s);
    m_waiting->hide();

    const QFontMetrics metrics = statusBar->fontMetrics();
    m_busy->setRange(0, 0); // indeterminate: how long a page takes is unknown
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(metrics.averageCharWidth() * 12);
    m_busy->setMaximumHeight(metrics.height());
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setToolTip(tr("Loading work orders…"));
    m_busy->hide();
    m_matches->hide();
    // The counts keep their full text; a long server name gives way first.
    m_matches->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_count->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_connection->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    statusBar->addWidget(m_connection, 1);
    statusBar->addPermanentWidget(m_waiting);
    statusBar->addPermanentWidget(m_busy);
    statusBar->addPermanentWidget(m_matches);
    statusBar->addPermanentWidget(m_count);
}

void StatusIndicators::setConnection(Connection connection, const QString &server)
{
    m_server = server;
    switch (connection) {
    case Connection::NotConfigured:
        m_connectionText = tr("Not connected");
        break;
    case Connection::Connecting:
        m_connectionText = tr("Connecting to %1…").arg(server);
        break;
    case Connection::Online:
        m_connectionText = tr("Connected to %1").arg(server);
        break;
    case Connection::KeyRefused:
        m_connectionText = tr("API key refused by %1").arg(server);
        break;
    case Connection::Unreachable:
        m_connectionText = tr("Cannot reach %1").arg(server);
        break;
    case Connection::ServerTrouble:
        m_connectionText = tr("%1 reported a problem").arg(server);
        break;
    }
    showConnection();
}

void StatusIndicators::setCounts(int total, bool searching, int shown, int loaded)
{
    m_count->setVisible(total >= 0);
    if (total >= 0)
        m_count->setText(tr("%Ln work order(s)", nullptr, total));
    m_matches->setVisible(searching);
    if (searching)
        m_matches->setText(tr("Showing %L1 of %L2 loaded").arg(shown).arg(loaded));
}

void StatusIndicators::setSearchResult(int found, const QDateTime &cachedAt)
{
    m_count->setVisible(found >= 0);
    if (found >= 0)
        m_count->setText(tr("%Ln found", nullptr, found));
    // Where the matches come from: the orders this computer holds, as fresh as its last sync.
    m_matches->setVisible(true);
    m_matches->setText(tr("Searching the orders cached on this computer (updated %1)")
                           .arg(RelativeTime::format(cachedAt)));
}

void StatusIndicators::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void StatusIndicators::setOfflineText(const QString &text)
{
    m_offlineText = text;
    showConnection();
}

void StatusIndicators::setWaitingCount(int count)
{
    m_waiting->setVisible(count > 0);
    m_waiting->setText(tr("%Ln change(s) waiting to be sent", nullptr, count));
    m_waiting->setToolTip(tr("Changes made here that the server does not have yet"));
}

void StatusIndicators::showConnection()
{
    // Offline too, the server is named: whose cache this is matters as much as its age.
    if (m_offlineText.isEmpty())
        m_connection->setText(m_connectionText);
    else if (m_server.isEmpty())
        m_connection->setText(m_offlineText);
    else
        m_connection->setText(tr("%1 (%2)", "the offline state, then the server's name")
                                  .arg(m_offlineText, m_server));
}

} // namespace fentu
