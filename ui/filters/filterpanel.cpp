#include "filterpanel.h"

#include "servertext.h"

#include "searchablecombobox.h"
#include "statuscountdelegate.h"

#include "api/apiclient.h"
#include "api/apierror.h"
#include "connectivity/connectivitymonitor.h"
#include "itemmodels/namechoicemodel.h"
#include "itemmodels/seennames.h"
#include "itemmodels/statuscounter.h"
#include "itemmodels/statusfiltermodel.h"
#include "itemmodels/workordertablemodel.h"
#include "sync/lookuploader.h"
#include "sync/orderwriter.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// The counts depend on everything but the status (each status is counted).
WorkOrderFilter countKey(WorkOrderFilter filter)
{
    filter.status.reset();
    filter.quickSearch.clear();
    filter.customerName.clear();
    filter.technicianName.clear();
    return filter;
}

// The locale's short date, but with a four-digit year: "12/1/26" is ambiguous at a glance.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

template <typename T> QList<NameChoice> toChoices(const QList<T> &items)
{
    QList<NameChoice> choices;
    choices.reserve(items.size());
    for (const T &item : items)
        choices.append({item.id, item.name});
    return choices;
}

QLabel *noteLabel(const QString &name, QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setObjectName(name);
    note->setWordWrap(true);
    makePlainText(note);
    note->setForegroundRole(QPalette::PlaceholderText);
    QFont font = note->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    note->setFont(font);
    note->hide();
    return note;
}

} // namespace

FilterPanel::FilterPanel(const Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_counter(new StatusCounter(services.counts, this)),
      m_statusModel(new StatusFilterModel(m_counter, this)),
      m_customerChoices(new NameChoiceModel(tr("Any customer"), this)),
      m_technicianChoices(new NameChoiceModel(tr("Any technician"), this))
{
    setObjectName(u"filterPanel"_s);
    setAccessibleName(tr("Filters"));
    if (services.client)
        m_lookups = new LookupLoader(services.client, services.store, this);
    if (services.model)
        new SeenNames(services.model, m_customerChoices, m_technicianChoices, this);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &FilterPanel::apply);

    createStatusList();
    createNameCombos();
    createDateControls();
    createLayout();
    connectModel();
    syncDateControls();
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::createStatusList()
{
    m_statusList = new QListView(this);
    m_statusList->setObjectName(u"statusList"_s);
    m_statusList->setAccessibleName(tr("Status"));
    m_statusList->setModel(m_statusModel);
    m_statusList->setItemDelegate(new StatusCountDelegate(m_statusList));
    m_statusList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statusList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_statusList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_statusList->setUniformItemSizes(true);
    // All eight rows always show: a status list that scrolls hides choices.
    const int rows = m_statusModel->rowCount();
    m_statusList->setFixedHeight(m_statusList->sizeHintForRow(0) * rows +
                                 2 * m_statusList->frameWidth() + 2);
    m_statusList->setCurrentIndex(m_statusModel->index(0));
    connect(m_statusList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_updating)
            apply();
    });
}

void FilterPanel::createNameCombos()
{
    m_customer = new SearchableComboBox(m_customerChoices, this);
    m_customer->setObjectName(u"customerCombo"_s);
    m_customer->setAccessibleName(tr("Customer"));
    m_customer->setToolTip(tr("Type any part of a name to find a customer"));
    m_technician = new SearchableComboBox(m_technicianChoices, this);
    m_technician->setObjectName(u"technicianCombo"_s);
    m_technician->setAccessibleName(tr("Technician"));
    m_technician->setToolTip(tr("Type any part of a name to find a technician"));
    for (SearchableComboBox *combo : {m_customer, m_technician}) {
        combo->setMinimumContentsLength(12); // the dock is narrow
        connect(combo, &SearchableComboBox::currentIdChanged, this, [this] {
            if (!m_updating)
                apply();
        });
    }
    m_customerNote = noteLabel(u"customerLookupNote"_s, this);
    m_technicianNote = noteLabel(u"technicianLookupNote"_s, this);

    if (!m_lookups)
        return;
    // Coming back online is a good moment to ask again for a lookup that failed.
    if (ConnectivityMonitor *monitor = m_services.monitor) {
        connect(monitor, &ConnectivityMonitor::stateChanged, this,
                [this](ConnectivityMonitor::State state) {
                    if (state == ConnectivityMonitor::State::Online)
                        retryFailedLookups();
                });
    }
}

void FilterPanel::createDateControls()
{
    const QDate today = QDate::currentDate();
    m_fromCheck = new QCheckBox(tr("Fro&m"), this);
    m_fromCheck->setObjectName(u"fromDateCheck"_s);
    m_fromCheck->setToolTip(tr("Only orders scheduled on or after this day"));
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(u"fromDate"_s);
    m_from->setAccessibleName(tr("Scheduled from"));
    m_toCheck = new QCheckBox(tr("T&o"), this);
    m_toCheck->setObjectName(u"toDateCheck"_s);
    m_toCheck->setToolTip(tr("Only orders scheduled on or before this day"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"toDate"_s);
    m_to->setAccessibleName(tr("Scheduled until"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat());
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating)
                applySoon();
        });
    }
    for (QCheckBox *check : {m_fromCheck, m_toCheck}) {
        connect(check, &QCheckBox::toggled, this, [this] {
            syncDateControls();
            if (!m_updating)
                apply();
        });
    }

    const auto pickButton = [this](const QString &text, const QString &name, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setCheckable(true); // shows which pick the dates match
        button->setAutoDefault(false);
        return button;
    };
    m_today = pickButton(tr("Toda&y"), u"pickToday"_s, tr("Scheduled today"));
    m_thisWeek = pickButton(tr("This &week"), u"pickThisWeek"_s,
                            tr("Scheduled this week, Monday to Sunday"));
    m_next7Days = pickButton(tr("&Next 7 days"), u"pickNext7Days"_s,
                             tr("Scheduled today or in the six days after"));
    m_overdue = pickButton(tr("Overd&ue"), u"pickOverdue"_s,
                           tr("Scheduled before today and not completed or cancelled"));
    connect(m_today, &QPushButton::clicked, this,
            [this] { applyQuickPick(WorkOrderFilter::today(QDate::currentDate())); });
    connect(m_thisWeek, &QPushButton::clicked, this,
            [this] { applyQuickPick(WorkOrderFilter::thisWeek(QDate::currentDate())); });
    connect(m_next7Days, &QPushButton::clicked, this,
            [this] { applyQuickPick(WorkOrderFilter::next7Days(QDate::currentDate())); });
    connect(m_overdue, &QPushButton::clicked, this,
            [this] { applyQuickPick(WorkOrderFilter::overdue(QDate::currentDate())); });

    m_hideClosed = new QCheckBox(tr("Hide com&pleted and cancelled"), this);
    m_hideClosed->setObjectName(u"hideClosed"_s);
    connect(m_hideClosed, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            apply();
    });

    m_clearAction = new QAction(tr("C&lear Filters"), this);
    m_clearAction->setObjectName(u"actionClearFilters"_s);
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_clearAction->setStatusTip(tr("Show all work orders"));
    connect(m_clearAction, &QAction::triggered, this, &FilterPanel::clearAll);
    m_clear = new QPushButton(tr("Clear &all"), this);
    m_clear->setObjectName(u"clearFilters"_s);
    m_clear->setAutoDefault(false);
    m_clear->setToolTip(tr("Clear every filter (%1)")
                            .arg(m_clearAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_clear, &QPushButton::clicked, this, &FilterPanel::clearAll);
}

void FilterPanel::createLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    const auto section = [layout](int spacing) { layout->addSpacing(spacing); };

    layout->addWidget(sectionLabel(tr("&Status"), m_statusList, this));
    layout->addWidget(m_statusList);
    section(8);
    layout->addWidget(sectionLabel(tr("&Customer"), m_customer, this));
    layout->addWidget(m_customer);
    layout->addWidget(m_customerNote);
    section(8);
    layout->addWidget(sectionLabel(tr("&Technician"), m_technician, this));
    layout->addWidget(m_technician);
    layout->addWidget(m_technicianNote);
    section(8);
    layout->addWidget(sectionLabel(tr("Schedu&led"), m_fromCheck, this));
    auto *dates = new QGridLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->setColumnStretch(1, 1);
    dates->addWidget(m_fromCheck, 0, 0);
    dates->addWidget(m_from, 0, 1);
    dates->addWidget(m_toCheck, 1, 0);
    dates->addWidget(m_to, 1, 1);
    layout->addLayout(dates);
    auto *picks = new QGridLayout;
    picks->setContentsMargins(0, 2, 0, 0);
    picks->setSpacing(4);
    picks->addWidget(m_today, 0, 0);
    picks->addWidget(m_thisWeek, 0, 1);
    picks->addWidget(m_next7Days, 1, 0);
    picks->addWidget(m_overdue, 1, 1);
    layout->addLayout(picks);
    layout->addWidget(m_hideClosed);
    layout->addStretch(1);
    layout->addWidget(m_clear);

    // The reading order, top to bottom.
    const QList<QWidget *> chain = {
        m_statusList, m_customer, m_technician, m_fromCheck, m_from,       m_toCheck, m_to,
        m_today,      m_thisWeek, m_next7Days,  m_overdue,   m_hideClosed, m_clear};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void FilterPanel::connectModel()
{
    WorkOrderTableModel *model = m_services.model;
    if (!model)
        return;
    connect(model, &WorkOrderTableModel::pageLoaded, this, &FilterPanel::onPageLoaded);
    // No answer means no counts: numbers from before a failure could be wrong by now.
    connect(model, &WorkOrderTableModel::loadFailed, this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            m_counter->clear();
    });

    // A write changes the counts without a new page 1 (set status, delete, create).
    m_recount.setSingleShot(true);
    m_recount.setInterval(300);
    connect(&m_recount, &QTimer::timeout, this,
            [this] { m_counter->count(m_services.model->filter()); });
    const auto recountSoon = [this] { m_recount.start(); };
    if (OrderWriter *writer = m_services.writer) {
        connect(writer, &OrderWriter::orderChanged, this, recountSoon);
        connect(writer, &OrderWriter::orderRemoved, this, recountSoon);
    }
}

bool FilterPanel::forgetServer(const QUrl &server)
{
    if (!m_lookupsStarted || server == m_lookupsServer)
        return false;
    setFilter(forgetLastServer());
    return true;
}

WorkOrderFilter FilterPanel::forgetLastServer()
{
    // The pick lists held the last server's people, and a customer or technician picked there
    // is someone else here (or no one), whatever the id says.
    m_lookupsStarted = false;
    m_counter->clear(); // the last server's counts, until this one's are in
    m_customerChoices->clear();
    m_technicianChoices->clear();
    WorkOrderFilter next = filter();
    next.customerId.clear();
    next.customerName.clear();
    next.technicianId.clear();
    next.technicianName.clear();
    return next;
}

void FilterPanel::onPageLoaded(int page)
{
    if (page != 1)
        return;
    const QUrl server = m_services.client ? m_services.client->baseUrl() : QUrl();
    if (m_lookupsStarted && server != m_lookupsServer) {
        // Another server, not announced through forgetServer().
        const WorkOrderFilter current = filter();
        const WorkOrderFilter next = forgetLastServer();
        if (!current.customerId.isEmpty() || !current.technicianId.isEmpty()) {
            const WorkOrderFilter before = m_applied;
            setFilter(next);
            m_applied = before; // setFilter() took `next` as applied; it is not yet
            apply();            // page 1 again, without them: the lists load then
            return;
        }
    }
    // The first page proves the server is configured and answering: load the pick lists now.
    if (!m_lookupsStarted)
        reloadLookups();
    // Page 1 means a new filter, a refresh or a switch to or from the cache: count again.
    const WorkOrderFilter shown = m_services.model->filter();
    if (countKey(shown) != m_counted) {
        m_counter->clear();
        m_counted = countKey(shown);
    }
    m_counter->count(shown);
}

void FilterPanel::reloadLookups()
{
    if (!m_lookups)
        return;
    m_lookupsStarted = true;
    m_lookupsServer = m_services.client ? m_services.client->baseUrl() : QUrl();
    m_lookups->cancel(); // a load in flight is dropped: its answer is now stale
    loadCustomers();
    loadTechnicians();
}

void FilterPanel::retryFailedLookups()
{
    if (!m_lookups || !m_lookupsStarted)
        return;
    if (m_customersFailed)
        loadCustomers();
    if (m_techniciansFailed)
        loadTechnicians();
}

void FilterPanel::loadCustomers()
{
    m_customersFailed = false; // not retried while this load runs
    m_lookups->customers(this, [this](LookupLoader::Result<Customer> result) {
        m_customersFailed = result.origin != LookupLoader::Origin::Server;
        showLookup(m_customerChoices, m_customerNote, toChoices(result.items), m_customersFailed,
                   result.origin == LookupLoader::Origin::Cache
                       ? tr("The server's customer list is unavailable: showing customers "
                            "from the offline cache and from work orders.")
                       : tr("The server's customer list is unavailable: showing customers "
                            "seen in work orders."));
    });
}

void FilterPanel::loadTechnicians()
{
    m_techniciansFailed = false;
    m_lookups->technicians(this, [this](LookupLoader::Result<Technician> result) {
        m_techniciansFailed = result.origin != LookupLoader::Origin::Server;
        showLookup(m_technicianChoices, m_technicianNote, toChoices(result.items),
                   m_techniciansFailed,
                   result.origin == LookupLoader::Origin::Cache
                       ? tr("The server's technician list is unavailable: showing "
                            "technicians from the offline cache and from work orders.")
                       : tr("The server's technician list is unavailable: showing "
                            "technicians seen in work orders."));
    });
}

void FilterPanel::showLookup(NameChoiceModel *choices, QLabel *note, const QList<NameChoice> &names,
                             bool failed, const QString &whyShort)
{
    // A lookup the server lacks is no error: the names seen in work orders stand in, and a
    // quiet note says why the list may be short.
    choices->addChoices(names);
    note->setText(whyShort);
    note->setVisible(failed);
}

WorkOrderFilter FilterPanel::filter() const
{
    WorkOrderFilter filter;
    filter.status = m_statusModel->statusAt(m_statusList->currentIndex().row());
    filter.customerId = m_customer->currentId();
    filter.customerName = m_customer->currentName();
    filter.technicianId = m_technician->currentId();
    filter.technicianName = m_technician->currentName();
    if (m_fromCheck->isChecked())
        filter.fromDate = m_from->date();
    if (m_toCheck->isChecked())
        filter.toDate = m_to->date();
    filter.hideClosed = m_hideClosed->isChecked();
    return filter;
}

void FilterPanel::setFilter(const WorkOrderFilter &filter)
{
    m_updating = true;
    m_typing.stop();
    m_statusList->setCurrentIndex(m_statusModel->index(m_statusModel->rowOf(filter.status)));
    // A restored customer may not be in any list yet (the lookups load later): keep it.
    if (!filter.customerId.isEmpty())
        m_customerChoices->addChoices({{filter.customerId, filter.customerName}});
    if (!filter.technicianId.isEmpty())
        m_technicianChoices->addChoices({{filter.technicianId, filter.technicianName}});
    m_customer->setCurrentId(filter.customerId);
    m_technician->setCurrentId(filter.technicianId);
    m_fromCheck->setChecked(filter.fromDate.isValid());
    if (filter.fromDate.isValid())
        m_from->setDate(filter.fromDate);
    m_toCheck->setChecked(filter.toDate.isValid());
    if (filter.toDate.isValid())
        m_to->setDate(filter.toDate);
    m_hideClosed->setChecked(filter.hideClosed);
    m_updating = false;
    syncDateControls();
    m_applied = this->filter();
}

void FilterPanel::focusFirstControl()
{
    m_statusList->setFocus(Qt::ShortcutFocusReason);
}

void FilterPanel::applyQuickPick(const WorkOrderFilter &pick)
{
    // A quick pick sets the dates (and, for Overdue, hides closed orders); status, customer
    // and technician stay as they are.
    WorkOrderFilter next = filter();
    next.fromDate = pick.fromDate;
    next.toDate = pick.toDate;
    next.hideClosed = pick.hideClosed;
    const WorkOrderFilter before = m_applied;
    setFilter(next);
    m_applied = before; // setFilter() took `next` as applied; it is not yet
    apply();
}

void FilterPanel::applySoon()
{
    m_typing.start();
}

void FilterPanel::apply()
{
    m_typing.stop();
    syncDateControls();
    const WorkOrderFilter next = filter();
    if (next == m_applied)
        return;
    m_applied = next;
    if (countKey(next) != m_counted)
        m_counter->clear(); // counts for other dates or people would mislead until recounted
    emit filterChanged(next);
}

void FilterPanel::clearAll()
{
    const WorkOrderFilter before = m_applied;
    setFilter(WorkOrderFilter());
    m_applied = before; // setFilter() took the empty filter as applied; it is not yet
    apply();
}

void FilterPanel::syncDateControls()
{
    m_from->setEnabled(m_fromCheck->isChecked());
    m_to->setEnabled(m_toCheck->isChecked());
    // Check the quick pick the dates match, so the user sees which one is in force.
    const WorkOrderFilter now = filter();
    const QDate today = QDate::currentDate();
    const auto matches = [&now](const WorkOrderFilter &pick) {
        return now.fromDate == pick.fromDate && now.toDate == pick.toDate &&
               now.hideClosed == pick.hideClosed;
    };
    m_today->setChecked(matches(WorkOrderFilter::today(today)));
    m_thisWeek->setChecked(matches(WorkOrderFilter::thisWeek(today)));
    m_next7Days->setChecked(matches(WorkOrderFilter::next7Days(today)));
    m_overdue->setChecked(matches(WorkOrderFilter::overdue(today)));
}

} // namespace fentu
