#include "viewscontroller.h"

#include "saveviewdialog.h"
#include "servertext.h"
#include "viewspanel.h"

#include "cache/cachestore.h"
#include "itemmodels/workordertablemodel.h"
#include "sync/orderwriter.h"
#include "sync/syncengine.h"
#include "views/savedviewlistmodel.h"
#include "views/viewfile.h"
#include "views/viewstore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

constexpr int kDayCheckMs = 30 * 1000;
constexpr int kRecountDelayMs = 300;     // a bulk edit changes many orders: count once, after
constexpr int kChangeCheckDelayMs = 150; // a column dragged wider: compare once it rests

QString fileNameFor(const QString &viewName)
{
    // The view's name, without what file systems refuse; the suffix says what it is.
    QString name = viewName;
    static const QString refused = u"/\\:*?\"<>|"_s;
    for (QChar &c : name) {
        if (refused.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return name.trimmed() + u".fentu-view.json"_s;
}

} // namespace

ViewsController::ViewsController(const Services &services, Target target, QWidget *window)
    : QObject(window), m_services(services), m_target(std::move(target)), m_window(window),
      m_store(std::make_unique<ViewStore>(QUrl())), m_model(std::make_unique<SavedViewListModel>()),
      m_clock([] { return QDateTime::currentDateTime(); })
{
    setObjectName(u"viewsController"_s);
    createActions(window);
    m_panel = new ViewsPanel(m_model.get(),
                             {m_saveAs, m_update, m_rename, m_remove, m_export, m_import}, window);
    connect(m_panel, &ViewsPanel::viewChosen, this, &ViewsController::showView);

    m_dayCheck.setInterval(kDayCheckMs);
    connect(&m_dayCheck, &QTimer::timeout, this, &ViewsController::checkDay);
    m_dayCheck.start();
    m_changeCheck.setSingleShot(true);
    m_changeCheck.setInterval(kChangeCheckDelayMs);
    connect(&m_changeCheck, &QTimer::timeout, this, &ViewsController::checkChanged);
    m_recount.setSingleShot(true);
    m_recount.setInterval(kRecountDelayMs);
    connect(&m_recount, &QTimer::timeout, this, &ViewsController::recount);
    if (m_services.model) {
        // The first page after a start or a server switch: the cache is open now. Not on every
        // page 1: offline, the table's pages come from the same cache thread as the counts.
        connect(m_services.model, &WorkOrderTableModel::pageLoaded, this, [this](int page) {
            if (page == 1 && !m_counted)
                recountSoon();
        });
    }
    if (m_services.sync)
        connect(m_services.sync, &SyncEngine::finished, this, &ViewsController::recountSoon);
    if (m_services.writer) {
        connect(m_services.writer, &OrderWriter::orderChanged, this, &ViewsController::recountSoon);
        connect(m_services.writer, &OrderWriter::orderRemoved, this, &ViewsController::recountSoon);
    }
    updateActions();
}

ViewsController::~ViewsController() = default;

void ViewsController::createActions(QWidget *window)
{
    m_menu = new QMenu(tr("Saved &Views"), window);
    m_menu->setObjectName(u"savedViewsMenu"_s);
    for (size_t i = 0; i < m_shortcuts.size(); ++i) {
        auto *action = new QAction(this);
        action->setObjectName(u"actionView%1"_s.arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        // Wherever the focus is in the window, dock hidden or not.
        window->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] {
            if (qsizetype(i) < m_model->views().size())
                showView(m_model->views().at(qsizetype(i)).id);
        });
        m_shortcuts.at(i) = action;
        m_menu->addAction(action);
    }
    m_menu->addSeparator();

    m_saveAs = new QAction(tr("&Save View As…"), this);
    m_saveAs->setObjectName(u"actionSaveViewAs"_s);
    m_saveAs->setStatusTip(tr("Keep the filters, search, sort and columns shown under a name"));
    connect(m_saveAs, &QAction::triggered, this, &ViewsController::saveAs);
    m_update = new QAction(tr("&Update View"), this);
    m_update->setObjectName(u"actionUpdateView"_s);
    m_update->setStatusTip(tr("Keep what the window shows now in the view shown"));
    connect(m_update, &QAction::triggered, this, &ViewsController::update);
    m_rename = new QAction(tr("&Rename View…"), this);
    m_rename->setObjectName(u"actionRenameView"_s);
    m_rename->setStatusTip(tr("Give the view another name"));
    connect(m_rename, &QAction::triggered, this, &ViewsController::rename);
    m_remove = new QAction(tr("&Delete View…"), this);
    m_remove->setObjectName(u"actionDeleteView"_s);
    m_remove->setStatusTip(tr("Delete the saved view (the work orders stay)"));
    connect(m_remove, &QAction::triggered, this, &ViewsController::remove);
    m_menu->addActions({m_saveAs, m_update, m_rename, m_remove});

    m_export = new QAction(tr("Export &View…"), this);
    m_export->setObjectName(u"actionExportView"_s);
    m_export->setStatusTip(tr("Save a view as a file to share with colleagues"));
    connect(m_export, &QAction::triggered, this, &ViewsController::exportView);
    m_import = new QAction(tr("&Import View…"), this);
    m_import->setObjectName(u"actionImportView"_s);
    m_import->setStatusTip(tr("Add a view from a file a colleague shared"));
    connect(m_import, &QAction::triggered, this, &ViewsController::importView);
}

bool ViewsController::useServer(const QUrl &server, bool startView)
{
    // The same server again (Settings saved without changing it): the views and the one
    // shown stay as they are.
    if (m_store && server.adjusted(QUrl::StripTrailingSlash) == m_store->server() &&
        m_store->isStarted() && !server.isEmpty())
        return false;
    m_store = std::make_unique<ViewStore>(server);
    m_model->clearCounts();
    m_counted = false;
    m_model->setViews(m_store->views());
    m_model->setCurrent({}, false);
    m_shownDay = QDate();
    updateActions();
    recountSoon();
    if (!startView)
        return false;
    QString start;
    if (!m_store->isStarted()) {
        // The first start on this server: a sensible view instead of the start of the range.
        m_store->markStarted();
        if (m_model->views().isEmpty()) {
            const SavedView builtIn = SavedView::todayAndUpcoming();
            store({builtIn});
            start = builtIn.id;
        }
    } else {
        start = m_store->lastViewId();
    }
    if (!view(start))
        return false;
    showView(start);
    return true;
}

QDate ViewsController::today() const
{
    return m_clock().toLocalTime().date();
}

std::optional<SavedView> ViewsController::view(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    for (const SavedView &v : m_model->views()) {
        if (v.id == id)
            return v;
    }
    return std::nullopt;
}

QString ViewsController::currentId() const
{
    return m_model->currentId();
}

QString ViewsController::targetId() const
{
    const QString selected = m_panel->selectedId();
    return selected.isEmpty() ? m_model->currentId() : selected;
}

void ViewsController::store(const QList<SavedView> &views)
{
    m_store->setViews(views);
    const QString current = m_model->currentId();
    const bool changed = m_model->isCurrentChanged();
    m_model->setViews(views);
    m_model->setCurrent(view(current) ? current : QString(), changed);
    m_panel->select(m_model->currentId());
    updateActions();
    recountSoon();
}

void ViewsController::setCurrent(const QString &id, bool changed)
{
    m_model->setCurrent(id, changed);
    // Only a view shown as it was saved is where the next start comes back.
    m_store->setLastViewId(changed ? QString() : id);
    updateActions();
}

void ViewsController::updateActions()
{
    const QList<SavedView> &views = m_model->views();
    for (size_t i = 0; i < m_shortcuts.size(); ++i) {
        QAction *action = m_shortcuts.at(i);
        const bool exists = qsizetype(i) < views.size();
        action->setVisible(exists);
        action->setEnabled(exists);
        // && would start a mnemonic; a name with & must show as written.
        if (exists)
            action->setText(QString(views.at(qsizetype(i)).name).replace(u'&', u"&&"_s));
    }
    const bool any = !views.isEmpty();
    m_update->setEnabled(!m_model->currentId().isEmpty());
    m_rename->setEnabled(any);
    m_remove->setEnabled(any);
    m_export->setEnabled(any);
}

void ViewsController::showView(const QString &id)
{
    const std::optional<SavedView> chosen = view(id);
    if (!chosen)
        return;
    // Choosing the view already shown, unchanged, is not worth a reload (a click after the
    // keyboard chose it, or a double click).
    if (id == m_model->currentId() && !m_model->isCurrentChanged() && m_shownDay == today())
        return;
    applyNow(*chosen, today());
    setCurrent(id, false);
    m_panel->select(id);
}

void ViewsController::applyNow(const SavedView &view, QDate day)
{
    m_shownDay = day;
    m_shown = view;
    m_shownFilter = view.filterOn(day);
    m_applying = true;
    m_target.apply(view, m_shownFilter);
    m_applying = false;
    m_changeCheck.stop(); // what the apply itself set off
}

void ViewsController::changedByHand()
{
    if (m_applying || m_model->currentId().isEmpty())
        return;
    m_changeCheck.start();
}

void ViewsController::checkChanged()
{
    if (m_model->currentId().isEmpty())
        return;
    const bool changed = !showsAsShown(m_target.capture());
    if (changed != m_model->isCurrentChanged())
        setCurrent(m_model->currentId(), changed);
}

bool ViewsController::showsAsShown(const SavedView &now) const
{
    WorkOrderFilter filter = now.filter;
    filter.quickSearch.clear();
    if (filter != m_shownFilter || now.search.trimmed() != m_shown.search.trimmed())
        return false;
    if (now.sortColumn != m_shown.sortColumn ||
        (now.sortColumn >= 0 && now.sortOrder != m_shown.sortOrder))
        return false;
    if (m_shown.board && now.board && *now.board != *m_shown.board)
        return false;
    if (m_shown.columns.isEmpty())
        return true; // the view leaves the columns as they are
    // The columns it names, in its order, shown or hidden as it says, as wide as it says;
    // the last one shown stretches to the table's edge, so its width is the window's.
    QList<ViewColumn> shownNow;
    for (const ViewColumn &column : now.columns) {
        if (std::any_of(m_shown.columns.cbegin(), m_shown.columns.cend(),
                        [&column](const ViewColumn &c) { return c.column == column.column; }))
            shownNow.append(column);
    }
    if (shownNow.size() != m_shown.columns.size())
        return false;
    int lastVisible = -1;
    for (qsizetype i = 0; i < shownNow.size(); ++i) {
        if (!shownNow.at(i).hidden)
            lastVisible = int(i);
    }
    for (qsizetype i = 0; i < shownNow.size(); ++i) {
        const ViewColumn &a = shownNow.at(i);
        const ViewColumn &b = m_shown.columns.at(i);
        if (a.column != b.column || a.hidden != b.hidden)
            return false;
        if (!a.hidden && i != lastVisible && b.width > 0 && a.width != b.width)
            return false;
    }
    return true;
}

void ViewsController::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ViewsController::checkDay()
{
    const QDate now = today();
    if (m_countedDay.isValid() && now != m_countedDay)
        recountSoon(); // "Today" counts other orders now, whatever is shown
    if (!m_shownDay.isValid() || now == m_shownDay)
        return;
    const std::optional<SavedView> shown = view(m_model->currentId());
    // A view left as it was, with dates that move with the day, moves on. One changed by hand
    // stays as the user left it (its day stays too: Update keeps its rule, see update()).
    if (!shown || m_model->isCurrentChanged() || shown->dateRule == DateRule::Fixed)
        return;
    applyNow(m_shown, now);
    emit message(tr("It is %1 now: the view “%2” moved on to the new day.")
                     .arg(QLocale().toString(now, QLocale::ShortFormat), shown->name));
}

void ViewsController::saveAs()
{
    SavedView captured = m_target.capture();
    QStringList taken;
    for (const SavedView &v : m_model->views())
        taken << v.name;
    const std::optional<SavedView> shown = view(m_model->currentId());
    const QString suggested = shown ? uniqueName(shown->name) : QString();
    auto *dialog = new SaveViewDialog(SaveViewDialog::Mode::Save, suggested, taken, captured.filter,
                                      today(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WorkOrderFilter filterShown = captured.filter;
    filterShown.quickSearch.clear();
    connect(dialog, &QDialog::accepted, this, [this, dialog, captured, filterShown]() mutable {
        captured.id = SavedView::newId();
        captured.name = dialog->name();
        captured.dateRule = dialog->dateRule();
        if (captured.dateRule != DateRule::Fixed) {
            captured.filter.fromDate = QDate();
            captured.filter.toDate = QDate();
        }
        QList<SavedView> views = m_model->views();
        views.append(captured);
        store(views);
        // The window shows the new view as it is: what was captured, on today's date.
        m_shownDay = today();
        m_shown = captured;
        m_shownFilter = filterShown;
        setCurrent(captured.id, false);
        m_panel->select(captured.id);
        const qsizetype row = views.size() - 1;
        emit message(row < SavedViewListModel::ShortcutCount
                         ? tr("View “%1” saved; Ctrl+%2 shows it.")
                               .arg(captured.name, QString::number(row + 1))
                         : tr("View “%1” saved.").arg(captured.name));
    });
    dialog->open();
}

void ViewsController::update()
{
    const std::optional<SavedView> shown = view(m_model->currentId());
    if (!shown)
        return;
    const SavedView captured = m_target.capture();
    SavedView updated = captured;
    updated.id = shown->id;
    updated.name = shown->name;
    // Dates left as the view showed them keep the view's way of keeping them (a rule, or
    // fixed days). Dates changed by hand: a rule only when the view had one and today's dates
    // of a rule are what was picked (a fixed view never starts moving on its own).
    const bool datesAsShown = captured.filter.fromDate == m_shownFilter.fromDate &&
                              captured.filter.toDate == m_shownFilter.toDate;
    if (datesAsShown || shown->dateRule == DateRule::Fixed)
        updated.dateRule = shown->dateRule;
    else
        updated.dateRule = dateRuleOf(captured.filter, today());
    if (updated.dateRule != DateRule::Fixed) {
        updated.filter.fromDate = QDate();
        updated.filter.toDate = QDate();
    }
    QList<SavedView> views = m_model->views();
    views[m_model->rowOf(shown->id)] = updated;
    store(views);
    // The window shows the view as it is now kept: what was captured.
    m_shown = updated;
    m_shownFilter = captured.filter;
    m_shownFilter.quickSearch.clear();
    setCurrent(updated.id, false);
    emit message(tr("View “%1” updated.").arg(updated.name));
}

void ViewsController::rename()
{
    const std::optional<SavedView> target = view(targetId());
    if (!target)
        return;
    QStringList taken;
    for (const SavedView &v : m_model->views()) {
        if (v.id != target->id)
            taken << v.name;
    }
    auto *dialog = new SaveViewDialog(SaveViewDialog::Mode::Rename, target->name, taken,
                                      target->filter, today(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = target->id] {
        QList<SavedView> views = m_model->views();
        const int row = m_model->rowOf(id);
        if (row < 0)
            return; // deleted meanwhile
        views[row].name = dialog->name();
        store(views);
    });
    dialog->open();
}

void ViewsController::remove()
{
    const std::optional<SavedView> target = view(targetId());
    if (!target)
        return;
    auto *box = plainTextMessageBox(QMessageBox::Question, tr("Delete View"),
                                    tr("Delete the view “%1”?").arg(target->name),
                                    QMessageBox::Cancel, m_window);
    box->setObjectName(u"deleteViewQuestion"_s);
    setPlainInformativeText(box, tr("The work orders it shows stay as they are."));
    QPushButton *deleteButton = box->addButton(tr("Delete View"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(u"deleteViewButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, deleteButton, id = target->id, name = target->name](QAbstractButton *button) {
                if (button != deleteButton)
                    return;
                QList<SavedView> views = m_model->views();
                views.removeIf([&id](const SavedView &v) { return v.id == id; });
                if (m_model->currentId() == id)
                    setCurrent({}, false);
                store(views);
                emit message(tr("View “%1” deleted.").arg(name));
            });
    box->open();
}

void ViewsController::exportView()
{
    const std::optional<SavedView> target = view(targetId());
    if (!target)
        return;
    if (m_nextFile) {
        exportTo(*target, *std::exchange(m_nextFile, std::nullopt));
        return;
    }
    auto *files = new QFileDialog(m_window, tr("Export View"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setNameFilters({tr("Fentu Desk views (*.json)")});
    files->setDefaultSuffix(u"json"_s);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    files->selectFile(QDir(documents).filePath(fileNameFor(target->name)));
    connect(files, &QFileDialog::fileSelected, this,
            [this, view = *target](const QString &path) { exportTo(view, path); });
    files->open();
}

void ViewsController::exportTo(const SavedView &view, const QString &path)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, view] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty())
            emit message(
                tr("View “%1” exported to %2").arg(view.name, QDir::toNativeSeparators(path)));
        else
            showFileProblem(tr("Export View"), tr("The view could not be exported."), error);
        emit fileDone(path, error);
    });
    watcher->setFuture(viewfile::write(path, view));
}

void ViewsController::importView()
{
    if (m_nextFile) {
        importFrom(*std::exchange(m_nextFile, std::nullopt));
        return;
    }
    auto *files = new QFileDialog(m_window, tr("Import View"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptOpen);
    files->setFileMode(QFileDialog::ExistingFile);
    files->setNameFilters({tr("Fentu Desk views (*.json)"), tr("All files (*)")});
    files->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    connect(files, &QFileDialog::fileSelected, this, &ViewsController::importFrom);
    files->open();
}

void ViewsController::importFrom(const QString &path)
{
    using Watcher = QFutureWatcher<viewjson::ReadResult>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        viewjson::ReadResult read = watcher->result();
        if (!read.view) {
            // Nothing changes: the list, the view shown and the settings stay as they were.
            showFileProblem(
                tr("Import View"),
                tr("The view in %1 could not be imported.").arg(QDir::toNativeSeparators(path)),
                read.error);
            emit fileDone(path, read.error);
            return;
        }
        SavedView imported = *read.view;
        imported.id = SavedView::newId();
        imported.name = uniqueName(imported.name);
        QList<SavedView> views = m_model->views();
        views.append(imported);
        store(views);
        showView(imported.id);
        emit message(tr("View “%1” imported.").arg(imported.name));
        emit fileDone(path, QString());
    });
    watcher->setFuture(viewfile::read(path));
}

void ViewsController::showFileProblem(const QString &title, const QString &text,
                                      const QString &detail)
{
    auto *box = plainTextMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(u"viewFileProblem"_s);
    setPlainInformativeText(box, detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString ViewsController::uniqueName(const QString &wanted) const
{
    const auto taken = [this](const QString &name) {
        for (const SavedView &v : m_model->views()) {
            if (v.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(wanted, QString::number(n));
        if (!taken(candidate))
            return candidate;
    }
}

void ViewsController::recountSoon()
{
    if (m_services.store)
        m_recount.start();
}

void ViewsController::recount()
{
    if (!m_services.store)
        return;
    const int round = ++m_countRound;
    const QDate day = today();
    m_countedDay = day;
    for (const SavedView &v : m_model->views()) {
        m_services.store->countOrders(
            v.filterOn(day), v.search, this, [this, round, id = v.id](CacheResult<int> counted) {
                if (round != m_countRound)
                    return; // a newer round is on its way
                m_model->setCount(id, counted.isOk() ? counted.value() : -1);
                m_counted = m_counted || counted.isOk();
            });
    }
}

} // namespace fentu
