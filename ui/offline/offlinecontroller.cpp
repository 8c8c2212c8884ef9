#include "offlinecontroller.h"

#include "conflictdialog.h"
#include "errorbar.h"
#include "needsattentiondialog.h"
#include "offlinebanner.h"
#include "refusedchangeeditor.h"
#include "statusindicators.h"
#include "syncprogress.h"

#include "cache/cachestore.h"
#include "connectivity/connectivitymonitor.h"
#include "itemmodels/workordertablemodel.h"
#include "pages/switchingpagesource.h"
#include "settings/appsettings.h"
#include "sync/outboxreplayer.h"
#include "sync/pendingorders.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {
constexpr int kNoticeMs = 15000; // long enough to read a sentence, then out of the way
} // namespace

OfflineController::OfflineController(const Services &services, QMainWindow *window,
                                     ErrorBar *errorBar, StatusIndicators *status,
                                     RefusedChangeEditor *refusedEditor)
    : QObject(window), m_services(services), m_window(window), m_errorBar(errorBar),
      m_status(status), m_refusedEditor(refusedEditor)
{
    setObjectName(u"offlineController"_s);
    if (m_services.switching) {
        m_banner = new OfflineBanner(m_services.switching, window);
        connect(m_banner, &OfflineBanner::goOnlineRequested, this,
                [this] { setWorkOffline(false); });
        connect(m_services.switching, &SwitchingPageSource::stateChanged, this, [this] {
            // A passing notice would hide the connection label just when it matters most.
            m_window->statusBar()->clearMessage();
            updateOfflineText();
        });
        connect(m_services.switching, &SwitchingPageSource::cachedAtChanged, this,
                &OfflineController::updateOfflineText);
        // The banner's relative time ages; the status bar's says the same, so it ages too.
        connect(m_banner, &OfflineBanner::textChanged, this, &OfflineController::updateOfflineText);
        updateOfflineText();
    }
    createWorkOffline();
    createSync();
    createOutboxViews();
    if (m_services.store) {
        connect(m_services.store, &CacheStore::cacheReplaced, this,
                &OfflineController::showCacheReplaced);
        connect(m_services.store, &CacheStore::writeFailed, this, [this](const CacheError &error) {
            m_errorBar->showMessage(
                tr("Could not save to the offline cache: %1").arg(error.userMessage()), false);
        });
    }
}

void OfflineController::createWorkOffline()
{
    if (!m_services.monitor || !m_services.settings)
        return;
    m_workOffline = new QAction(tr("Work &Offline"), m_window);
    m_workOffline->setObjectName(u"actionWorkOffline"_s);
    m_workOffline->setCheckable(true);
    m_workOffline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_workOffline->setStatusTip(tr("Show the cached orders without contacting the server; "
                                   "changes wait until you go online"));
    m_workOffline->setChecked(m_services.monitor->isForcedOffline());
    m_window->addAction(m_workOffline);
    connect(m_workOffline, &QAction::toggled, this, &OfflineController::setWorkOffline);
    connect(m_services.monitor, &ConnectivityMonitor::stateChanged, this,
            [this](ConnectivityMonitor::State state) {
                m_workOffline->setChecked(state == ConnectivityMonitor::State::OfflineForced);
                if (m_syncNow)
                    m_syncNow->setEnabled(state != ConnectivityMonitor::State::OfflineForced);
            });
}

void OfflineController::setWorkOffline(bool offline)
{
    m_services.settings->setWorkOffline(offline);
    m_services.monitor->setForcedOffline(offline);
    if (m_workOffline)
        m_workOffline->setChecked(offline);
}

void OfflineController::updateOfflineText()
{
    m_status->setOfflineText(m_services.switching->bannerText());
}

void OfflineController::startSync()
{
    // The user's choice of which details to keep offline, as it is now (Settings may have
    // changed it since the last sync).
    if (m_services.settings) {
        m_services.sync->setDetailScope(m_services.settings->detailScope());
        m_services.sync->setMaxRateLimitWait(
            std::chrono::minutes(m_services.settings->rateLimitWaitMinutes()));
    }
    m_services.sync->start();
}

void OfflineController::createSync()
{
    if (!m_services.sync)
        return;
    m_syncNow = new QAction(tr("&Sync Now"), m_window);
    m_syncNow->setObjectName(u"actionSyncNow"_s);
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncNow->setStatusTip(tr("Copy every work order from the server to this computer, for "
                               "working offline"));
    m_syncNow->setEnabled(!m_services.monitor || !m_services.monitor->isForcedOffline());
    m_window->addAction(m_syncNow);
    // Sync Now sends the outbox first, as fentu-cli sync does: the user's changes go before
    // the server's copies come in (the cache keeps the two apart either way), and the sync
    // starts once the pass has ended, whatever it achieved.
    connect(m_syncNow, &QAction::triggered, m_services.sync, [this] {
        OutboxReplayer *replayer = m_services.replayer;
        if (!replayer) {
            startSync();
            return;
        }
        replayer->replay();
        if (!replayer->isRunning()) { // nothing can be sent now (offline)
            startSync();
            return;
        }
        // A pass never ends inside replay(): connected now, this hears its end. A switch of
        // server ends the pass without it: the sync asked for was the old server's.
        auto *waiting = new QObject(this);
        connect(replayer, &OutboxReplayer::replayFinished, waiting, [this, replayer, waiting] {
            QObject::disconnect(replayer, nullptr, waiting, nullptr); // once
            waiting->deleteLater();
            startSync();
        });
        connect(replayer, &OutboxReplayer::parked, waiting, &QObject::deleteLater);
    });

    m_syncProgress = new SyncProgress(m_services.sync, m_window->statusBar());
    m_window->statusBar()->addPermanentWidget(m_syncProgress);
    connect(m_services.sync, &SyncEngine::started, this, [this] {
        m_syncNow->setEnabled(false);
        m_window->statusBar()->clearMessage();
    });
    connect(m_services.sync, &SyncEngine::finished, this, &OfflineController::onSyncFinished);
}

void OfflineController::onSyncFinished(const SyncResult &result)
{
    m_syncNow->setEnabled(!m_services.monitor || !m_services.monitor->isForcedOffline());
    if (result.outcome == SyncResult::Outcome::Failed) {
        m_errorBar->showMessage(result.message(), false, m_syncNow, tr("Sync Again"));
        return;
    }
    m_window->statusBar()->showMessage(result.message(), kNoticeMs);
    if (!result.isCompleted())
        return;
    if (m_services.switching)
        m_services.switching->noteCachedAt(result.finishedAt);
    // Rows removed or changed on the server show as they now are.
    if (m_services.model->source())
        m_services.model->refresh();
}

void OfflineController::createOutboxViews()
{
    if (m_services.pending && m_services.store) {
        connect(m_services.pending, &PendingOrders::reloaded, this,
                &OfflineController::updateWaitingCount);
        updateWaitingCount();
    }
    if (!m_services.replayer || !m_services.store)
        return;
    m_attention = new NeedsAttentionDialog(m_services.store, m_services.replayer, m_window);
    m_needsAttention = new QAction(m_window);
    m_needsAttention->setObjectName(u"actionNeedsAttention"_s);
    m_needsAttention->setStatusTip(tr("Changes the server refused, and changes that collided "
                                      "with someone else's"));
    m_window->addAction(m_needsAttention);
    updateNeedsAttentionText(m_attention->count());
    connect(m_attention, &NeedsAttentionDialog::countChanged, this,
            &OfflineController::updateNeedsAttentionText);
    connect(m_needsAttention, &QAction::triggered, this, [this] {
        m_attention->reload();
        m_attention->show();
        m_attention->raise();
        m_attention->activateWindow();
    });
    connect(m_attention, &NeedsAttentionDialog::resolveRequested, this, [this](qint64 seq) {
        const QList<Conflict> conflicts = m_services.replayer->conflicts();
        for (const Conflict &conflict : conflicts) {
            if (conflict.seq == seq)
                openConflict(conflict);
        }
    });
    if (m_refusedEditor) {
        m_refusedEditor->setDialogParent(m_attention); // over the list
        m_attention->setEditingEnabled(true);
        connect(m_attention, &NeedsAttentionDialog::editRequested, m_refusedEditor,
                &RefusedChangeEditor::edit);
        connect(m_refusedEditor, &RefusedChangeEditor::message, this, [this](const QString &text) {
            m_window->statusBar()->showMessage(text, kNoticeMs);
        });
    }
    connect(m_services.replayer, &OutboxReplayer::conflictDetected, this,
            &OfflineController::openConflict);
    connect(m_services.replayer, &OutboxReplayer::needsAttention, this,
            [this](const OutboxEntry &entry) {
                m_window->statusBar()->showMessage(
                    entry.state == OutboxEntry::State::PossiblySent
                        ? tr("A new work order may not have reached the server: see View ▸ "
                             "Needs Attention")
                        : tr("The server did not accept a change made here: see View ▸ Needs "
                             "Attention"),
                    kNoticeMs);
            });
    connect(m_services.replayer, &OutboxReplayer::outboxChanged, this,
            &OfflineController::updateWaitingCount);
}

void OfflineController::updateWaitingCount()
{
    if (!m_services.store)
        return;
    const int generation = ++m_waitingGeneration;
    m_services.store->listOutbox(OutboxEntry::State::Pending, this,
                                 [this, generation](CacheResult<QList<OutboxEntry>> result) {
                                     if (generation == m_waitingGeneration && result.isOk())
                                         m_status->setWaitingCount(int(result.value().size()));
                                 });
}

void OfflineController::updateNeedsAttentionText(int count)
{
    m_needsAttention->setText(tr("Needs &Attention (%L1)…").arg(count));
    m_needsAttention->setEnabled(count > 0);
}

void OfflineController::openConflict(const Conflict &conflict)
{
    // One decision at a time; a second conflict waits in Needs Attention until this one is done.
    if (m_conflictDialog) {
        if (m_conflictDialog->conflict().seq == conflict.seq)
            m_conflictDialog->raise();
        return;
    }
    auto *dialog = new ConflictDialog(conflict, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    const qint64 seq = conflict.seq;
    OutboxReplayer *replayer = m_services.replayer;
    // Safe while a pass runs: the replayer holds the entry back until the choice is stored.
    connect(dialog, &ConflictDialog::chosen, replayer,
            [replayer, seq](Conflict::Choice choice, const WorkOrderPatch &patch) {
                replayer->resolve(seq, choice, patch);
            });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_window->statusBar()->showMessage(
            tr("The change still waits for your choice: see View ▸ Needs Attention"), kNoticeMs);
    });
    dialog->open();
}

void OfflineController::showCacheReplaced(const CacheOpenReport &report)
{
    m_errorBar->showMessage(report.message, false);
    // The new cache is empty: what the window showed from the old one is gone.
    if (m_services.switching)
        m_services.switching->reloadCachedAt();
}

void OfflineController::addActionsTo(QMenu *view)
{
    if (!m_workOffline && !m_syncNow && !m_needsAttention)
        return;
    view->addSeparator();
    for (QAction *action : {m_workOffline, m_syncNow, m_needsAttention}) {
        if (action)
            view->addAction(action);
    }
}

} // namespace fentu
