#include "mainwindow.h"

#include "boardcontroller.h"
#include "boardpanel.h"
#include "boardprinting.h"
#include "exportflow.h"
#include "listprinting.h"
#include "editcommands.h"
#include "errorbar.h"
#include "filtercontroller.h"
#include "filterpanel.h"
#include "filtersummarybar.h"
#include "icons.h"
#include "offlinebanner.h"
#include "offlinecontroller.h"
#include "refusedchangeeditor.h"
#include "settingsflow.h"
#include "workorderdetailview.h"
#include "workorderproxymodel.h"
#include "viewscontroller.h"
#include "viewspanel.h"
#include "workordertableview.h"

#include "api/apiclient.h"
#include "api/apierror.h"
#include "cache/cachestore.h"
#include "itemmodels/workordertablemodel.h"
#include "session/serverconnection.h"
#include "settings/appsettings.h"
#include "domain/workordernumber.h"
#include "pages/switchingpagesource.h"
#include "connectivity/connectivitymonitor.h"
#include "sync/orderwriter.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

MainWindow::MainWindow(const MainWindowServices &services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_actions(MainActions::create(this)),
      m_proxy(new WorkOrderProxyModel(this)), m_table(new WorkOrderTableView(this)),
      m_errorBar(new ErrorBar(this)), m_search(new QLineEdit(this)),
      m_status(std::make_unique<StatusIndicators>(statusBar()))
{
    Q_ASSERT(m_services.model && m_services.settings);
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Fentu Desk"));

    m_proxy->setWorkOrderModel(m_services.model);
    m_table->setModel(m_proxy);
    // Return, Enter and a double click open the order (the Edit action).
    connect(m_table, &QAbstractItemView::activated, m_actions.editOrder, &QAction::trigger);
    createSearchField();
    // Each part gets the few services it uses, from the bag only the window sees.
    const MainWindowServices &s = m_services;
    auto *filterPanel = new FilterPanel(
        {s.pageSource, s.model, s.client, s.store, s.monitor, s.writer}, this);
    m_filters = new FilterController(this, filterPanel, s.model, s.settings, m_proxy, m_search);
    // Needs attention's Edit… saves through the writer: made here, where the writer is known.
    RefusedChangeEditor *refusedEditor =
        s.writer && s.store && s.replayer
            ? new RefusedChangeEditor({s.store, s.writer, s.replayer, s.client, s.monitor}, this,
                                      this)
            : nullptr;
    m_offline = new OfflineController({s.model, s.switching, s.store, s.monitor, s.settings,
                                       s.sync, s.replayer, s.pending},
                                      this, m_errorBar, m_status.get(), refusedEditor);
    createToolBarAndMenus();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_errorBar);
    if (m_offline->banner())
        layout->addWidget(m_offline->banner());
    layout->addWidget(m_filters->summaryBar());
    createDetailsPane();
    createBoard();
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Search, then the table, then the error bar's buttons when it shows.
    setTabOrder(m_search, m_table);
    auto *retryButton = m_errorBar->findChild<QPushButton *>(u"retryButton"_s);
    setTabOrder(m_table, retryButton);
    setTabOrder(retryButton, m_errorBar->findChild<QPushButton *>(u"dismissButton"_s));

    connectModel();
    const WorkOrderTableModel *model = m_services.model;
    if (model->isLoading())
        setConnection(Connection::Connecting);
    else
        setConnection(model->totalCount() >= 0 ? Connection::Online : Connection::NotConfigured);
    m_status->setBusy(model->isLoading());
    updateCounts();
    restoreSettings();
    createSavedViews(); // after the columns are restored: a view's columns go over them
}

MainWindow::~MainWindow() = default;

void MainWindow::createSearchField()
{
    m_search->setObjectName(u"quickSearch"_s);
    const QString shortcut = m_actions.find->shortcut().toString(QKeySequence::NativeText);
    if (searchesCache()) {
        m_search->setPlaceholderText(tr("Search all cached work orders"));
        m_search->setToolTip(tr("Number, customer, address, contact, phone, technician, type, "
                                "description or notes; every word counts, and the start of a "
                                "word is enough (%1)")
                                 .arg(shortcut));
    } else {
        m_search->setPlaceholderText(tr("Search loaded work orders"));
        m_search->setToolTip(tr("Number, customer, technician or type (%1)").arg(shortcut));
    }
    m_search->setAccessibleName(tr("Quick search"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(u"edit-find"_s), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 48);

    // Escape clears the search, and a second Escape goes back to the table.
    auto *escape = new QAction(m_search);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(escape);
    connect(escape, &QAction::triggered, this, [this] {
        if (m_search->text().isEmpty())
            m_table->setFocus(Qt::ShortcutFocusReason);
        else
            m_search->clear();
    });
    // With a cache, the words are looked for in every cached order (as they stop coming: a
    // query per pause, not per key); without one, in the rows loaded.
    auto *pause = new QTimer(this);
    m_searchPause = pause;
    pause->setSingleShot(true);
    pause->setInterval(250);
    connect(pause, &QTimer::timeout, this, &MainWindow::searchCache);
    connect(m_search, &QLineEdit::textChanged, this, [this, pause] {
        if (m_savedViews)
            m_savedViews->changedByHand();
        if (searchesCache()) {
            pause->start();
            return;
        }
        m_filters->applyLocalFilter(); // with the filter panel's local part (hide closed)
        updateCounts();
    });
    connect(m_actions.find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void MainWindow::createToolBarAndMenus()
{
    // New, Edit and Delete need an OrderWriter: without one (a test of the table alone) they
    // stay hidden and disabled, so the window never offers a command that does nothing.
    // EditCommands turns them on.
    // Settings needs a ServerConnection and the keychain; SettingsFlow turns it on.
    for (QAction *action :
         {m_actions.newOrder, m_actions.editOrder, m_actions.deleteOrder, m_actions.settings}) {
        action->setEnabled(false);
        action->setVisible(false);
    }

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_actions.newOrder);
    toolBar->addAction(m_actions.editOrder);
    toolBar->addAction(m_actions.deleteOrder);
    toolBar->addAction(m_actions.refresh);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_search);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_actions.newOrder);
    file->addSeparator();
    file->addAction(m_actions.quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = edit;
    edit->addAction(m_actions.editOrder);
    edit->addAction(m_actions.deleteOrder);
    edit->addSeparator();
    edit->addAction(m_actions.find);
    edit->addSeparator();
    edit->addAction(m_actions.settings);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(m_actions.refresh);
    m_offline->addActionsTo(view);
    view->addSeparator();
    view->addAction(toolBar->toggleViewAction());
    view->addAction(m_actions.showDetails);
    view->addAction(m_actions.focusDetails);
    view->addSeparator();
    view->addActions(m_filters->viewActions());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.about);

    if (m_services.writer) {
        const EditCommands::Services editing{m_services.writer, m_services.client,
                                             m_services.store, m_services.monitor,
                                             m_services.pending};
        m_editCommands =
            new EditCommands(this, editing, m_actions, m_services.model, m_table, m_proxy);
        m_editCommands->addTo(toolBar, edit);
        connect(m_editCommands, &EditCommands::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    }

    if (m_services.connection && m_services.credentials) {
        const SettingsFlow::Services flow{m_services.connection, m_services.credentials,
                                          m_services.settings, m_services.client,
                                          m_services.appearance};
        m_settingsFlow = new SettingsFlow(this, flow, m_actions.settings);
        m_actions.settings->setEnabled(true);
        m_actions.settings->setVisible(true);
    }

    connect(m_actions.refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createDetailsPane()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    // The table, or the schedule board in its place (View ▸ Board).
    m_views = new QStackedWidget(m_splitter);
    m_views->setObjectName(u"centralViews"_s);
    m_views->addWidget(m_table);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(0, 1); // a wider window widens the table, not the details
    if (m_services.client) {
        m_details = new WorkOrderDetailView(m_services.client, m_services.switching,
                                            m_services.store, m_splitter);
        m_splitter->addWidget(m_details);
        m_details->follow(m_table->selectionModel(), m_services.model);
    }
    m_actions.showDetails->setEnabled(m_details != nullptr);
    m_actions.focusDetails->setEnabled(m_details != nullptr);
    connect(m_actions.showDetails, &QAction::toggled, this, [this](bool shown) {
        if (m_details)
            m_details->setVisible(shown);
    });
    // F6 goes to the details and, pressed there, back to the table.
    connect(m_actions.focusDetails, &QAction::triggered, this, [this] {
        if (m_details && m_details->isAncestorOf(QApplication::focusWidget())) {
            m_views->currentWidget()->setFocus(Qt::ShortcutFocusReason); // the table, or the board
        } else if (m_details) {
            m_actions.showDetails->setChecked(true);
            m_details->takeFocus();
        }
    });
}

void MainWindow::createBoard()
{
    if (!m_services.pageSource)
        return;
    const MainWindowServices &s = m_services;
    m_board = new BoardController({s.pageSource, s.settings, s.client, s.store, s.monitor,
                                   s.switching, s.writer, s.pending},
                                  m_views, m_editCommands, m_details, this);
    m_board->setFilter(s.model->filter());
    connect(m_filters, &FilterController::filterApplied, m_board, &BoardController::setFilter);
    if (s.connection)
        connect(s.connection, &ServerConnection::connected, m_board,
                &BoardController::serverChanged);
    if (m_settingsFlow)
        connect(m_settingsFlow, &SettingsFlow::preferencesSaved, m_board,
                &BoardController::reloadPreferences);
    // A sync brings what no date filter finds (the "Not scheduled" list) and the technicians.
    if (s.sync)
        connect(s.sync, &SyncEngine::finished, m_board, &BoardController::refresh);
    // Undo Move first in the Edit menu (it acts on the board only).
    QAction *firstEdit = m_editMenu->actions().value(0);
    m_editMenu->insertAction(firstEdit, m_board->undoMoveAction());
    m_editMenu->insertSeparator(firstEdit);
    // First in the View menu: the two ways of looking at the orders.
    QAction *first = m_viewMenu->actions().value(0);
    m_viewMenu->insertAction(first, m_board->showListAction());
    m_viewMenu->insertAction(first, m_board->showBoardAction());
    m_viewMenu->insertSeparator(first);
    // File ▸ Export… of the view as CSV; Print… and Export PDF… of the board's days; above Quit.
    auto *exporting = new ExportFlow(
        s.pageSource, m_table,
        [this] { return currentView(); }, this);
    connect(exporting, &ExportFlow::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    auto *printing = new BoardPrinting({s.client, s.store, s.monitor}, m_board, this);
    m_fileMenu->insertActions(m_actions.quit, {exporting->exportAction(), printing->printAction(),
                                               printing->exportPdfAction()});
    m_fileMenu->insertSeparator(m_actions.quit);
    connect(printing, &BoardPrinting::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // Print… while the list shows: the list.
    ListPrinting::Services list;
    list.source = s.pageSource;
    list.table = m_table;
    list.view = [this] { return currentView(); };
    list.summary = [this] {
        WorkOrderFilter shown = m_services.model->filter();
        shown.quickSearch = m_search->text(); // wherever it is applied, the list is narrowed by it
        return shown.summary();
    };
    list.dataTime = [this] {
        // Rows from the server are as of now; from the cache (offline, or a search), as of
        // the cache.
        SwitchingPageSource *source = m_services.switching;
        const bool fromCache = source && (!source->isOnline() || source->isSearching());
        return fromCache ? source->cachedAt() : QDateTime::currentDateTimeUtc();
    };
    auto *listPrinting = new ListPrinting(std::move(list), this);
    connect(printing, &BoardPrinting::listPrintRequested, listPrinting, &ListPrinting::print);
    connect(listPrinting, &ListPrinting::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::createSavedViews()
{
    const MainWindowServices &s = m_services;
    ViewsController::Target target;
    target.capture = [this] { return captureView(); };
    target.apply = [this](const SavedView &view, const WorkOrderFilter &filter) {
        applyView(view, filter);
    };
    m_savedViews = new ViewsController({s.store, s.model, s.sync, s.writer}, std::move(target),
                                       this);
    m_filters->addAboveFilters(m_savedViews->panel());
    // View ▸ Saved Views after the ways of looking (List, Board); Export and Import View in
    // File, after the export of the orders.
    QAction *afterLooks = nullptr;
    const QList<QAction *> viewActions = m_viewMenu->actions();
    for (qsizetype i = 0; i < viewActions.size(); ++i) {
        if (viewActions.at(i)->isSeparator()) {
            afterLooks = viewActions.value(i + 1);
            break;
        }
    }
    m_viewMenu->insertMenu(afterLooks, m_savedViews->menu());
    m_viewMenu->insertSeparator(afterLooks);
    m_fileMenu->insertActions(m_actions.quit,
                              {m_savedViews->exportAction(), m_savedViews->importAction()});
    m_fileMenu->insertSeparator(m_actions.quit);
    connect(m_savedViews, &ViewsController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // A change by hand of what a view keeps: the window is compared with the view shown.
    connect(m_filters, &FilterController::filterApplied, m_savedViews,
            &ViewsController::changedByHand);
    QHeaderView *header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, m_savedViews,
            &ViewsController::changedByHand);
    connect(header, &QHeaderView::sectionMoved, m_savedViews, &ViewsController::changedByHand);
    connect(header, &QHeaderView::sectionResized, m_savedViews, &ViewsController::changedByHand);
    if (m_board) {
        connect(m_board->panel(), &BoardPanel::preferencesChanged, m_savedViews,
                &ViewsController::changedByHand);
        connect(m_board->panel(), &BoardPanel::shownTechniciansChosen, m_savedViews,
                &ViewsController::changedByHand);
        for (QAction *look : {m_board->showBoardAction(), m_board->showListAction()})
            connect(look, &QAction::triggered, m_savedViews, &ViewsController::changedByHand);
    }
    if (s.connection) {
        // Another server: the last one's people leave the filter first, then its own view.
        connect(s.connection, &ServerConnection::connected, m_savedViews,
                [this](const QUrl &server) {
                    m_filters->serverChanged(server);
                    m_savedViews->useServer(server, true);
                });
    }
    // A server known now shows its view; fentu-desk connects after the window is made, and
    // the view comes with `connected` then.
    const QUrl server = s.client ? s.client->baseUrl() : QUrl();
    m_savedViews->useServer(server, !server.isEmpty());
}

SavedView MainWindow::captureView() const
{
    SavedView view;
    view.filter = m_services.model->filter();
    view.filter.quickSearch.clear();
    view.search = m_search->text().trimmed();
    const QHeaderView *header = m_table->horizontalHeader();
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() >= 0 &&
        header->sortIndicatorSection() < header->count()) {
        view.sortColumn = header->sortIndicatorSection();
        view.sortOrder = header->sortIndicatorOrder();
    }
    view.columns = m_table->columnLayout();
    if (m_board) {
        const BoardPreferences &board = m_board->panel()->preferences();
        view.board = ViewBoard{m_board->isBoardShown(), board.days, board.clashesOnly,
                               m_board->panel()->shownTechnicians()};
    }
    return view;
}

void MainWindow::applyView(const SavedView &view, const WorkOrderFilter &filter)
{
    // The search first, without the typing pause, so the filter's reload already has it.
    m_search->setText(view.search);
    m_searchPause->stop();
    bool searchChanged = false;
    if (searchesCache()) {
        const QString text = view.search.trimmed();
        searchChanged = text != m_services.switching->searchText();
        m_services.switching->setSearchText(text);
        m_filters->setSearchInSource(!text.isEmpty());
    }
    m_filters->showFilter(filter); // the table reloads, with the search in its pages
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(view.sortColumn, view.sortOrder);
    m_table->setColumnLayout(view.columns);
    if (m_board && view.board)
        m_board->showAs(view.board->shown, view.board->days, view.board->clashesOnly,
                        view.board->technicians);
    if (m_board && searchChanged)
        m_board->refresh(); // it pages the same source: the same search
    updateCounts();
}

void MainWindow::connectModel()
{
    WorkOrderTableModel *model = m_services.model;
    connect(model, &WorkOrderTableModel::loadingChanged, this, [this](bool loading) {
        m_status->setBusy(loading);
        if (loading && m_configured)
            setConnection(Connection::Connecting);
    });
    connect(model, &WorkOrderTableModel::pageLoaded, this, [this] {
        m_table->fitColumnsOnce();
        m_errorBar->hide(); // the problem it reported is over
        setConnection(Connection::Online);
        updateCounts();
    });
    connect(model, &WorkOrderTableModel::totalCountChanged, this, &MainWindow::updateCounts);
    connect(model, &WorkOrderTableModel::loadFailed, this, &MainWindow::onLoadFailed);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_errorBar, &ErrorBar::retryRequested, this, &MainWindow::retry);
    // The cache changed under a search: its "N found" is counted again.
    const auto recountSearch = [this] {
        m_searchCountKey.reset();
        updateCounts();
    };
    if (m_services.sync)
        connect(m_services.sync, &SyncEngine::finished, this, recountSearch);
    if (m_services.writer) {
        connect(m_services.writer, &OrderWriter::orderChanged, this, recountSearch);
        connect(m_services.writer, &OrderWriter::orderRemoved, this, recountSearch);
    }
}

void MainWindow::showNotConfigured()
{
    if (m_actions.settings->isEnabled())
        showStartupError(tr("No server is configured yet. Open Settings to enter the server "
                            "address and the API key."));
    else
        showStartupError(tr("No server is configured: start with --base-url and the "
                            "FENTU_API_KEY environment variable."));
}

void MainWindow::showStartupError(const QString &message)
{
    m_configured = false;
    m_actions.refresh->setEnabled(false);
    setConnection(Connection::NotConfigured);
    showErrorWithSettings(message, false);
}

void MainWindow::showConnecting()
{
    m_configured = true;
    m_actions.refresh->setEnabled(true);
    m_errorBar->hide();
    setConnection(Connection::Connecting);
}

void MainWindow::showErrorWithSettings(const QString &message, bool canRetry)
{
    // The way out of a missing or refused key is Settings: offer it right there.
    if (m_actions.settings->isEnabled())
        m_errorBar->showMessage(message, canRetry, m_actions.settings, tr("Open Settings"));
    else
        m_errorBar->showMessage(message, canRetry);
}

void MainWindow::showCacheProblem(const QString &message)
{
    m_errorBar->showMessage(message, false);
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    // A page cancelled by a refresh or a new filter is not a problem to report.
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    const bool keyRefused = error.kind() == ApiError::Kind::Http &&
                            (error.httpStatus() == 401 || error.httpStatus() == 403);
    if (keyRefused)
        showErrorWithSettings(error.userMessage(), m_configured);
    else
        m_errorBar->showMessage(error.userMessage(), m_configured);
    switch (error.kind()) {
    case ApiError::Kind::Http:
        setConnection(error.httpStatus() == 401 || error.httpStatus() == 403
                          ? Connection::KeyRefused
                          : Connection::ServerTrouble);
        break;
    case ApiError::Kind::MalformedBody:
        setConnection(Connection::ServerTrouble);
        break;
    case ApiError::Kind::LocalStorage:
        break; // the disk, not the server: the connection state stays what it was
    default:
        setConnection(Connection::Unreachable);
        break;
    }
}

void MainWindow::retry()
{
    // The model asks again for exactly the page that failed; the rows held stay.
    if (m_configured)
        m_services.model->retry();
}

void MainWindow::refresh()
{
    if (!m_configured)
        return;
    m_services.model->refresh();
    m_filters->retryFailedLookups();
    if (m_board && m_board->isBoardShown())
        m_board->refresh();
}

void MainWindow::setConnection(Connection connection)
{
    // The server in the title too: dispatchers switch between staging and production, and
    // the task bar must tell the two windows apart.
    const QString server = serverName();
    m_status->setConnection(connection, server);
    setWindowTitle(server.isEmpty() ? tr("Fentu Desk") : tr("%1 \u2014 Fentu Desk").arg(server));
}

QString MainWindow::serverName() const
{
    // Only the host: the path is the same for every server and would crowd the status bar.
    const QUrl url = m_services.client ? m_services.client->baseUrl() : QUrl();
    if (url.host().isEmpty())
        return url.toDisplayString();
    return url.port() < 0 ? url.host() : u"%1:%2"_s.arg(url.host()).arg(url.port());
}

WorkOrderFilter MainWindow::currentView() const
{
    WorkOrderFilter view = m_services.model->filter();
    // The search as the table applies it: in the source's pages, or over the rows.
    const bool inSource = searchesCache() && m_services.switching->isSearching();
    view.quickSearch = inSource ? QString() : m_search->text();
    return view;
}

bool MainWindow::searchesCache() const
{
    return m_services.switching && m_services.store;
}

void MainWindow::searchCache()
{
    SwitchingPageSource *source = m_services.switching;
    const QString text = m_search->text().trimmed();
    if (text == source->searchText())
        return;
    source->setSearchText(text);
    m_filters->setSearchInSource(!text.isEmpty());
    if (isWholeWorkOrderNumber(text)) {
        auto *once = new QObject(this);
        connect(m_services.model, &WorkOrderTableModel::pageLoaded, once,
                [this, once, text] {
                    once->deleteLater();
                    if (m_search->text().trimmed() == text)
                        openNumber(text);
                });
    }
    m_services.model->refresh();
    if (m_board)
        m_board->refresh(); // it pages the same source: it shows the same orders
    updateCounts();
}

void MainWindow::openNumber(const QString &number)
{
    const QAbstractItemModel *shown = m_table->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, WorkOrderTableModel::NumberColumn);
        if (index.data().toString().compare(number, Qt::CaseInsensitive) == 0) {
            m_table->setCurrentIndex(index);
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return;
        }
    }
    lookForNumberOnServer(number);
}

void MainWindow::lookForNumberOnServer(const QString &number)
{
    // The server has no number filter: the only way to find an order not cached is to read
    // its lists, which a sync of the lists does (and keeps). Once per number: a number it did
    // not bring is nowhere.
    SyncEngine *sync = m_services.sync;
    const bool online = m_services.monitor && m_services.monitor->isOnline();
    if (!sync || !online || m_numbersLookedFor.contains(number.toUpper())) {
        statusBar()->showMessage(
            online ? tr("%1 is not among the orders on the server.").arg(number)
                   : tr("%1 is not among the orders cached on this computer; it can be looked "
                        "for on the server once it is reached.")
                         .arg(number),
            15000);
        return;
    }
    m_numbersLookedFor.insert(number.toUpper());
    statusBar()->showMessage(
        tr("%1 is not cached yet: reading the server's lists to find it…").arg(number));
    auto *once = new QObject(this);
    connect(sync, &SyncEngine::finished, once, [this, once, number] {
        once->deleteLater();
        if (m_search->text().trimmed() != number)
            return; // the user moved on
        // The lists are in: the same search again, and the order selected when it came.
        m_services.switching->setSearchText(QString());
        searchCache();
    });
    if (!sync->isRunning())
        sync->startListsOnly(); // the lists find it; details are Sync Now's
}

void MainWindow::updateCounts()
{
    if (searchesCache() && m_services.switching->isSearching()) {
        // The pages hold the server part of the filter with the search; the table narrows
        // them further (hide closed, the exact local days). "N found" is what the table shows:
        // counted by the cache, as the Views list counts, once per filter and search.
        WorkOrderFilter key = m_services.model->filter();
        key.quickSearch = m_services.switching->searchText(); // the words, in the one value
        if (key != m_searchCountKey) {
            m_searchCountKey = key;
            m_searchCount = -1;
            m_services.store->countOrders(key, key.quickSearch, this,
                                          [this, key](CacheResult<int> n) {
                                              if (key != m_searchCountKey)
                                                  return; // another search or filter since
                                              m_searchCount = n.isOk()
                                                                  ? n.value()
                                                                  : m_services.model->totalCount();
                                              updateCounts();
                                          });
        }
        m_status->setSearchResult(m_searchCount, m_services.switching->cachedAt());
        return;
    }
    m_status->setCounts(m_services.model->totalCount(), m_proxy->isFiltering(), m_proxy->rowCount(),
                        m_services.model->rowCount());
}

void MainWindow::showAbout()
{
    // Window-modal but asynchronous (open(), not exec()): no nested event loop.
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Fentu Desk"),
                                tr("<h3>Fentu Desk %1</h3><p>A native desktop client for the "
                                   "Fentu FSM Work Orders API.</p>")
                                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
                                QMessageBox::Ok, this);
    box->setIconPixmap(applicationIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreSettings()
{
    AppSettings &settings = *m_services.settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1400, 900);
        // A dispatcher's window for the whole day: most of the screen on a first start.
        resize(qMin(1920, available.width() * 95 / 100), qMin(1200, available.height() * 95 / 100));
    }
    restoreState(settings.windowState());
    m_table->restoreColumnLayout(settings.columnState());
    if (!m_splitter->restoreState(settings.splitterState())) {
        // The table gets the room: the details need about one line of a long description.
        const int details = fontMetrics().averageCharWidth() * 40;
        m_splitter->setSizes({qMax(width() - details, details), details});
    }
    m_actions.showDetails->setChecked(settings.detailsVisible());
}

void MainWindow::saveSettings() const
{
    AppSettings &settings = *m_services.settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setColumnState(m_table->horizontalHeader()->saveState());
    settings.setSplitterState(m_splitter->saveState());
    settings.setDetailsVisible(m_actions.showDetails->isChecked());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        m_table->setFocus(Qt::OtherFocusReason); // the dispatcher starts in the list
    }
}

} // namespace fentu
