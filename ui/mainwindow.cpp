#include "mainwindow.h"

#include "errorbar.h"
#include "icons.h"
#include "workorderproxymodel.h"
#include "workordertableview.h"

#include "api/apiclient.h"
#include "api/apierror.h"
#include "itemmodels/workordertablemodel.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
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
    createToolBarAndMenus();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_table, 1);
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
}

MainWindow::~MainWindow() = default;

void MainWindow::createSearchField()
{
    m_search->setObjectName(u"quickSearch"_s);
    m_search->setPlaceholderText(tr("Search loaded work orders"));
    m_search->setToolTip(tr("Number, customer, technician or type (%1)")
                             .arg(m_actions.find->shortcut().toString(QKeySequence::NativeText)));
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
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        WorkOrderFilter local;
        local.quickSearch = text;
        m_proxy->setLocalFilter(local);
        updateCounts();
    });
    connect(m_actions.find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void MainWindow::createToolBarAndMenus()
{
    // TODO(Edit): New, Edit and Delete have no dialogs behind them until issue "Edit" lands.
    // They stay hidden and disabled till then: the window never offers a command that does
    // nothing. Their shortcuts (Ctrl+N, Ctrl+E / Return, Delete) are already assigned.
    // TODO(Settings): the same for Settings (Ctrl+,) until the Settings dialog exists.
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
    file->addAction(m_actions.newOrder);
    file->addSeparator();
    file->addAction(m_actions.quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions.editOrder);
    edit->addAction(m_actions.deleteOrder);
    edit->addSeparator();
    edit->addAction(m_actions.find);
    edit->addSeparator();
    edit->addAction(m_actions.settings);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions.refresh);
    view->addSeparator();
    view->addAction(toolBar->toggleViewAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.about);

    connect(m_actions.refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
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
}

void MainWindow::showNotConfigured()
{
    showStartupError(tr("No server configured: start with --base-url and FENTU_API_KEY "
                        "(Settings arrive next)."));
}

void MainWindow::showStartupError(const QString &message)
{
    m_configured = false;
    m_actions.refresh->setEnabled(false);
    setConnection(Connection::NotConfigured);
    m_errorBar->showMessage(message, false);
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    // A page cancelled by a refresh or a new filter is not a problem to report.
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
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
    if (m_configured)
        m_services.model->refresh();
}

void MainWindow::setConnection(Connection connection)
{
    m_status->setConnection(connection, serverName());
}

QString MainWindow::serverName() const
{
    // Only the host: the path is the same for every server and would crowd the status bar.
    const QUrl url = m_services.client ? m_services.client->baseUrl() : QUrl();
    if (url.host().isEmpty())
        return url.toDisplayString();
    return url.port() < 0 ? url.host() : u"%1:%2"_s.arg(url.host()).arg(url.port());
}

void MainWindow::updateCounts()
{
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
        resize(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
    }
    restoreState(settings.windowState());
    m_table->restoreColumnLayout(settings.columnState());
}

void MainWindow::saveSettings() const
{
    AppSettings &settings = *m_services.settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setColumnState(m_table->horizontalHeader()->saveState());
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
