#include "workorderform.h"

#include "colourscheme.h"
#include "markcolours.h"
#include "servertext.h"

#include "searchablecombobox.h"

#include "sync/orderlookups.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// Common types offered; the field stays free text, as the API defines it.
QStringList commonTypes()
{
    return {u"service"_s,      u"maintenance"_s, u"repair"_s,
            u"installation"_s, u"inspection"_s,  u"emergency"_s};
}

QPlainTextEdit *textBox(QWidget *parent, const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field of the form
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lineHeight * lines + 12);
    edit->setMaximumHeight(lineHeight * (lines + 2) + 12);
    return edit;
}

// Minutes precision: the picker shows no seconds, so seconds must not count as a change.
qint64 minutesOf(const QDateTime &when)
{
    return when.toSecsSinceEpoch() / 60;
}

} // namespace

QString WorkOrderForm::minutesFormat()
{
    // The locale's short date and time, without seconds: orders are planned to the minute.
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return format;
}

WorkOrderForm::WorkOrderForm(Mode mode, OrderLookups *lookups, QWidget *parent)
    : QWidget(parent), m_mode(mode), m_lookups(lookups), m_customer(new SearchableComboBox(this)),
      m_contact(new SearchableComboBox(this)), m_type(new QComboBox(this)),
      m_priority(new QComboBox(this)), m_description(textBox(this, u"descriptionEdit"_s, 3)),
      m_scheduledCheck(new QCheckBox(tr("On"), this)), m_scheduled(new QDateTimeEdit(this)),
      m_duration(new QLineEdit(this)), m_technician(new SearchableComboBox(this)),
      m_notes(textBox(this, u"notesEdit"_s, 2))
{
    setObjectName(u"workOrderForm"_s);
    m_customer->setObjectName(u"customerCombo"_s);
    m_customer->lineEdit()->setPlaceholderText(tr("Type to search customers"));
    m_contact->setObjectName(u"contactCombo"_s);
    m_contact->setNoneText(tr("No contact"));
    m_type->setObjectName(u"typeCombo"_s);
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_type->addItems(commonTypes());
    m_priority->setObjectName(u"priorityCombo"_s);
    for (Priority p : kAllPriorities)
        m_priority->addItem(priorityDisplayName(p), int(p));
    m_priority->setCurrentIndex(m_priority->findData(int(Priority::Medium)));
    m_description->setPlaceholderText(tr("What needs doing"));
    m_scheduledCheck->setObjectName(u"scheduledCheck"_s);
    m_scheduled->setObjectName(u"scheduledEdit"_s);
    m_scheduled->setCalendarPopup(true);
    m_scheduled->setTimeSpec(Qt::LocalTime); // shown in local time; sent as UTC
    m_scheduled->setDisplayFormat(minutesFormat());
    m_scheduled->setEnabled(false);
    // A sensible default: the next whole hour.
    const QDateTime now = QDateTime::currentDateTime();
    m_scheduled->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600));
    connect(m_scheduledCheck, &QCheckBox::toggled, m_scheduled, &QWidget::setEnabled);
    m_technician->setObjectName(u"technicianCombo"_s);
    m_technician->setNoneText(tr("Unassigned"));
    m_notes->setPlaceholderText(tr("For the technician or the office"));

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addRow(tr("C&ustomer:"), withError(m_customer, u"customer_id"_s));
    layout->addRow(tr("C&ontact:"), withError(m_contact, u"contact_id"_s));
    layout->addRow(tr("T&ype:"), withError(m_type, u"work_order_type"_s));
    layout->addRow(tr("&Priority:"), withError(m_priority, u"priority"_s));
    if (mode == Mode::Edit) {
        m_status = new QComboBox(this);
        m_status->setObjectName(u"statusCombo"_s);
        for (Status s : kAllStatuses)
            m_status->addItem(statusDisplayName(s), int(s));
        layout->addRow(tr("&Status:"), withError(m_status, u"status"_s));
    }
    layout->addRow(tr("&Description:"), withError(m_description, u"description"_s));
    auto *when = new QWidget(this);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_scheduledCheck);
    whenLayout->addWidget(m_scheduled, 1);
    m_scheduledCheck->setToolTip(tr("Clear to leave the order unscheduled"));
    m_controls.insert(u"scheduled_date"_s, m_scheduled);
    layout->addRow(tr("Sc&heduled:"), withError(when, u"scheduled_date"_s));
    layout->addRow(tr("Dur&ation:"), withError(durationRow(), u"estimated_duration"_s));
    layout->addRow(tr("&Technician:"), withError(m_technician, u"technician_id"_s));
    layout->addRow(tr("&Notes:"), withError(m_notes, u"notes"_s));
    if (mode == Mode::Create) {
        m_draft = new QCheckBox(tr("Save as d&raft (not yet submitted)"), this);
        m_draft->setObjectName(u"draftCheck"_s);
        layout->addRow(QString(), m_draft);
    }
    // The customer and type labels' buddies are the combos themselves (mnemonics work).
    connect(m_customer, &SearchableComboBox::currentIdChanged, this,
            &WorkOrderForm::customerChanged);
}

QWidget *WorkOrderForm::withError(QWidget *control, const QString &field)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(control);
    auto *error = new QLabel(box);
    error->setObjectName(field + u"Error"_s);
    error->setWordWrap(true);
    makePlainText(error);
    // The palette's problem red: readable on a light and on a dark window alike.
    error->setStyleSheet(
        u"color: %1;"_s.arg(markColours(colourSchemeOf(error->palette())).problemText.name()));
    error->hide();
    column->addWidget(error);
    m_errors.insert(field, error);
    if (!m_controls.contains(field))
        m_controls.insert(field, control);
    return box;
}

QWidget *WorkOrderForm::durationRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_duration->setObjectName(u"durationEdit"_s);
    m_duration->setPlaceholderText(tr("Not set"));
    m_duration->setMaximumWidth(m_duration->fontMetrics().averageCharWidth() * 12);
    layout->addWidget(m_duration);
    layout->addWidget(new QLabel(tr("minutes"), row));
    auto *presets = new QToolButton(row);
    presets->setObjectName(u"durationPresets"_s);
    presets->setText(tr("Presets"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(presets);
    for (int minutes : {30, 60, 90, 120, 180, 240, 480}) {
        const QString text = minutes < 60 ? tr("%n min", nullptr, minutes)
                                          : tr("%1 h").arg(QLocale().toString(minutes / 60.0));
        QAction *preset = menu->addAction(text);
        connect(preset, &QAction::triggered, this,
                [this, minutes] { m_duration->setText(QString::number(minutes)); });
    }
    presets->setMenu(menu);
    layout->addWidget(presets);
    layout->addStretch(1);
    return row;
}

void WorkOrderForm::loadLookups()
{
    if (!m_lookups || m_pendingLookups > 0)
        return;
    m_pendingLookups = 2;
    auto oneDone = [this] {
        if (--m_pendingLookups == 0)
            emit lookupsLoaded();
    };
    m_lookups->customers(this, [this, oneDone](QList<Customer> customers, bool) {
        QList<SearchableComboBox::Entry> entries;
        for (const Customer &c : customers)
            entries.append({c.id, c.name, c.address});
        m_customer->setEntries(entries);
        oneDone();
    });
    m_lookups->technicians(this, [this, oneDone](QList<Technician> technicians, bool) {
        QList<SearchableComboBox::Entry> entries;
        for (const Technician &t : technicians)
            entries.append({t.id, t.active ? t.name : tr("%1 (inactive)").arg(t.name), {}});
        m_technician->setEntries(entries);
        oneDone();
    });
}

void WorkOrderForm::customerChanged(const QString &id)
{
    // Another customer's contacts are never right for this one.
    const int generation = ++m_contactGeneration;
    m_contact->setEntries({});
    m_contact->setCurrentId(QString());
    // An order whose contact is not on this computer gets one again with another customer:
    // the old one cannot stay, so the choice (or "No contact") is the user's and is sent.
    if (m_unknown.contains(u"contact_id"_s)) {
        const bool known = !id.isEmpty() && id != m_original.customer.id;
        m_contact->setEnabled(known);
        m_contact->setNoneText(known ? tr("No contact") : tr("Not available offline"));
        m_contact->setToolTip(known ? QString()
                                    : tr("Only the list row of this order is on this computer."));
    }
    if (!m_lookups || id.isEmpty())
        return;
    m_lookups->contacts(id, this, [this, generation](QList<Contact> contacts, bool) {
        if (generation != m_contactGeneration)
            return; // the customer changed again meanwhile
        QList<SearchableComboBox::Entry> entries;
        for (const Contact &c : contacts)
            entries.append({c.id, c.name, c.phone});
        m_contact->setEntries(entries);
        emit contactsLoaded();
    });
}

void WorkOrderForm::setOrder(const WorkOrder &order)
{
    m_original = order;
    m_customer->setCurrentId(order.customer.id, order.customer.name);
    if (order.contact)
        m_contact->setCurrentId(order.contact->id, order.contact->name);
    m_type->setEditText(order.workOrderType);
    int priorityIndex = m_priority->findData(int(order.priority));
    if (priorityIndex < 0) {
        m_priority->addItem(order.priorityText, int(Priority::Unknown));
        priorityIndex = m_priority->count() - 1;
    }
    m_priority->setCurrentIndex(priorityIndex);
    if (m_status) {
        int statusIndex = m_status->findData(int(order.status));
        if (statusIndex < 0) {
            m_status->addItem(order.statusText, int(Status::Unknown));
            statusIndex = m_status->count() - 1;
        }
        m_status->setCurrentIndex(statusIndex);
    }
    m_description->setPlainText(order.description);
    m_scheduledCheck->setChecked(order.scheduledDate.isValid());
    if (order.scheduledDate.isValid())
        m_scheduled->setDateTime(order.scheduledDate.toLocalTime());
    m_duration->setText(order.estimatedDuration ? QString::number(*order.estimatedDuration)
                                                : QString());
    m_technician->setCurrentId(order.technician ? order.technician->id : QString(),
                               order.technician ? order.technician->name : QString());
    m_notes->setPlainText(order.notes);
}

void WorkOrderForm::setUnknownFields(const QStringList &fields)
{
    m_unknown = fields;
    const QString unknown = tr("Not available offline — the server keeps what it has");
    for (QPlainTextEdit *edit : {m_description, m_notes}) {
        const bool isUnknown =
            fields.contains(edit == m_description ? u"description"_s : u"notes"_s);
        edit->setEnabled(!isUnknown);
        if (isUnknown) {
            edit->clear();
            edit->setPlaceholderText(unknown);
            edit->setToolTip(tr("Only the list row of this order is on this computer. Open it "
                                "while online to edit this field."));
        }
    }
    const bool contactUnknown = fields.contains(u"contact_id"_s);
    m_contact->setEnabled(!contactUnknown);
    if (contactUnknown) {
        m_contact->setNoneText(tr("Not available offline"));
        m_contact->setCurrentId(QString());
        m_contact->setToolTip(tr("Only the list row of this order is on this computer."));
    }
}

Priority WorkOrderForm::priority() const
{
    return static_cast<Priority>(m_priority->currentData().toInt());
}

QDateTime WorkOrderForm::scheduled() const
{
    if (!m_scheduledCheck->isChecked())
        return {};
    const QDateTime local = m_scheduled->dateTime();
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute())).toUTC();
}

std::optional<int> WorkOrderForm::duration(QList<FieldProblem> *problems) const
{
    if (m_duration->text().trimmed().isEmpty())
        return std::nullopt;
    FieldProblem problem;
    const auto minutes = OrderValidation::parseDuration(m_duration->text(), &problem);
    if (!minutes && problems)
        problems->append(problem);
    return minutes;
}

NewWorkOrder WorkOrderForm::newOrder(QList<FieldProblem> *problems) const
{
    NewWorkOrder order;
    order.customerId = m_customer->currentId();
    order.contactId = m_contact->currentId();
    order.workOrderType = m_type->currentText().trimmed();
    order.priority = priority();
    order.description = m_description->toPlainText();
    order.scheduledDate = scheduled();
    QList<FieldProblem> found;
    order.estimatedDuration = duration(&found);
    order.technicianId = m_technician->currentId();
    order.notes = m_notes->toPlainText();
    order.draft = m_draft && m_draft->isChecked();
    found.append(OrderValidation::check(order));
    if (m_technician->hasUnmatchedText())
        found.append({u"technician_id"_s, tr("No technician has this name.")});
    if (problems)
        *problems = found;
    return order;
}

WorkOrderPatch WorkOrderForm::changes(QList<FieldProblem> *problems) const
{
    const WorkOrder &was = m_original;
    WorkOrderPatch patch;
    QList<FieldProblem> found;
    const QString customer = m_customer->currentId();
    if (customer.isEmpty())
        found.append({u"customer_id"_s, OrderValidation::customerRequiredMessage()});
    else if (customer != was.customer.id)
        patch.setCustomerId(customer);
    const QString contact = m_contact->currentId();
    // With another customer the contact is always sent (an empty one clears it): the server
    // refuses to keep a contact of the old customer, and the old one may not be known here.
    const bool customerChanged = !customer.isEmpty() && customer != was.customer.id;
    if (customerChanged || (!m_unknown.contains(u"contact_id"_s) &&
                            contact != (was.contact ? was.contact->id : QString())))
        patch.setContactId(contact);
    const QString type = m_type->currentText().trimmed();
    if (type != was.workOrderType)
        patch.setWorkOrderType(type);
    if (priority() != was.priority)
        patch.setPriority(priority());
    if (m_status) {
        const auto status = static_cast<Status>(m_status->currentData().toInt());
        if (status != was.status)
            patch.setStatus(status);
    }
    if (!m_unknown.contains(u"description"_s) && m_description->toPlainText() != was.description)
        patch.setDescription(m_description->toPlainText());
    const QDateTime when = scheduled();
    if (when.isValid() != was.scheduledDate.isValid() ||
        (when.isValid() && minutesOf(when) != minutesOf(was.scheduledDate)))
        patch.setScheduledDate(when);
    const auto minutes = duration(&found);
    const bool durationRefused = !m_duration->text().trimmed().isEmpty() && !minutes;
    if (!durationRefused && minutes != was.estimatedDuration)
        patch.setEstimatedDuration(minutes);
    const QString technician = m_technician->currentId();
    if (m_technician->hasUnmatchedText())
        found.append({u"technician_id"_s, tr("No technician has this name.")});
    else if (technician != (was.technician ? was.technician->id : QString()))
        patch.setTechnicianId(technician);
    if (!m_unknown.contains(u"notes"_s) && m_notes->toPlainText() != was.notes)
        patch.setNotes(m_notes->toPlainText());
    found.append(OrderValidation::check(patch));
    if (problems)
        *problems = found;
    return patch;
}

bool WorkOrderForm::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field);
    if (!label)
        return false;
    // Two rules may refuse one field: show both.
    label->setText(!label->isHidden() && !label->text().isEmpty() ? label->text() + u'\n' + message
                                                                  : message);
    label->show();
    return true;
}

void WorkOrderForm::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void WorkOrderForm::focusField(const QString &field)
{
    if (QWidget *control = m_controls.value(field))
        control->setFocus(Qt::OtherFocusReason);
}

} // namespace fentu
