// The create and edit dialog, offscreen, against an in-process fentu-sandbox through the real
// OrderWriter: what is typed is what the server stores (UTC times, only the changed fields,
// null for a cleared one); client checks and every server rule land next to their field;
// nothing typed is lost on a refusal; offline edits are queued and replayed; a conflict shows
// both versions. Local time is fixed at UTC+2 so that "sent as UTC" is visible.
#include "workorderdialog.h"
#include "workorderform.h"

#include "synctestsupport.h"
#include "testdesk.h"

#include "cache/outboxentry.h"
#include "connectivity/connectivitymonitor.h"
#include "sync/orderlookups.h"
#include "sync/outboxreplayer.h"
#include "sync/pendingorders.h"
#include "searchablecombobox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using namespace fentu::test;

namespace {

using Outcome = WriteResult::Outcome;

/// The dialog's services, without a window: fentu-desk's writer, cache, monitor, outbox and
/// pending marks on a sandbox of their own, and the lookups the window would give the dialog.
struct DialogDesk : TestDesk
{
    DialogDesk()
        : TestDesk({.services = Services::Writing,
                    .orders = 120,
                    .startServer = true,
                    .attempts = 4,
                    .window = false})
    {
        lookups.setMonitor(&services->monitor());
    }

    OrderLookups lookups{&client(), &services->store()};
};

template <typename T> T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

QString errorText(QWidget *dialog, const QString &field)
{
    auto *label = child<QLabel>(dialog, field + u"Error"_s);
    return label->isHidden() ? QString() : label->text();
}

} // namespace

class TestWorkOrderDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void createStoresWhatWasTyped();
    void createAsDraft();
    void clientChecksStopTheRequest();
    void serverRulesOnCreateLandNextToTheirField_data();
    void serverRulesOnCreateLandNextToTheirField();
    void statusRulesOnEditLandNextToStatus();
    void readOnlyKeyShowsMessageAndKeepsText();
    void editSendsOnlyChangedFields();
    void clearingOptionalFieldsSendsNull();
    void contactsFollowTheCustomer();
    void offlineEditIsQueuedThenReplayed();
    void conflictShowsBothVersions();

private:
    WorkOrderDialog *openCreate();
    WorkOrderDialog *openEdit(const WorkOrder &order);
    /// Clicks Save and waits until the answer is in (saved or refused).
    void save(WorkOrderDialog *dialog);
    void fillMinimal(WorkOrderDialog *dialog, const QString &customerId);

    std::unique_ptr<DialogDesk> m_f;
    QPointer<WorkOrderDialog> m_dialog;
};

void TestWorkOrderDialog::init()
{
    m_f = std::make_unique<DialogDesk>();
    QVERIFY(m_f->isConnected());
}

void TestWorkOrderDialog::cleanup()
{
    delete m_dialog.data();
    m_f.reset();
}

WorkOrderDialog *TestWorkOrderDialog::openCreate()
{
    m_dialog = new WorkOrderDialog(&m_f->services->writer(), &m_f->lookups);
    QSignalSpy loaded(m_dialog->form(), &WorkOrderForm::lookupsLoaded);
    m_dialog->open();
    if (!loaded.wait(kWaitMs))
        qFatal("lookups never arrived");
    return m_dialog;
}

WorkOrderDialog *TestWorkOrderDialog::openEdit(const WorkOrder &order)
{
    m_dialog = new WorkOrderDialog(order, &m_f->services->writer(), &m_f->lookups);
    QSignalSpy loaded(m_dialog->form(), &WorkOrderForm::lookupsLoaded);
    m_dialog->open();
    if (!loaded.wait(kWaitMs))
        qFatal("lookups never arrived");
    return m_dialog;
}

void TestWorkOrderDialog::save(WorkOrderDialog *dialog)
{
    auto *saveButton = child<QPushButton>(dialog, u"saveButton"_s);
    QVERIFY(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), kWaitMs);
}

void TestWorkOrderDialog::fillMinimal(WorkOrderDialog *dialog, const QString &customerId)
{
    child<SearchableComboBox>(dialog, u"customerCombo"_s)->setCurrentId(customerId);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"descriptionEdit"_s), u"Leaking valve"_s);
}

void TestWorkOrderDialog::createStoresWhatWasTyped()
{
    WorkOrderDialog *dialog = openCreate();
    QCOMPARE(dialog->objectName(), u"workOrderDialog"_s);
    QVERIFY(!dialog->findChild<QComboBox *>(u"statusCombo"_s)); // create: no status
    auto *customer = child<SearchableComboBox>(dialog, u"customerCombo"_s);
    QVERIFY(customer->count() > 5);
    // The dispatcher types the customer's name, as in the search.
    const QString name = customer->itemText(3);
    const QString customerId = customer->itemData(3).toString();
    QSignalSpy contacts(dialog->form(), &WorkOrderForm::contactsLoaded);
    QTest::keyClicks(customer->lineEdit(), name);
    customer->completer()->popup()->hide();
    QCOMPARE(customer->currentId(), customerId);
    QVERIFY(contacts.wait(kWaitMs));
    auto *contact = child<SearchableComboBox>(dialog, u"contactCombo"_s);
    const Customer onServer = customerOn(m_f->client(), customerId);
    QCOMPARE(contact->count(), int(onServer.contacts.size()) + 1); // + "No contact"
    QVERIFY(contact->count() > 1);
    contact->setCurrentIndex(1);
    const QString contactId = contact->currentId();

    auto *type = child<QComboBox>(dialog, u"typeCombo"_s);
    type->clearEditText();
    QTest::keyClicks(type->lineEdit(), u"repair"_s);
    auto *priority = child<QComboBox>(dialog, u"priorityCombo"_s);
    priority->setCurrentIndex(priority->findData(int(Priority::Urgent)));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"descriptionEdit"_s),
                     u"Replace the compressor"_s);
    child<QCheckBox>(dialog, u"scheduledCheck"_s)->setChecked(true);
    child<QDateTimeEdit>(dialog, u"scheduledEdit"_s)
        ->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(14, 30), Qt::LocalTime));
    QTest::keyClicks(child<QLineEdit>(dialog, u"durationEdit"_s), u"90"_s);
    auto *technician = child<SearchableComboBox>(dialog, u"technicianCombo"_s);
    QCOMPARE(technician->itemText(0), u"Unassigned"_s);
    technician->setCurrentIndex(2);
    const QString technicianId = technician->currentId();
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"notesEdit"_s), u"Gate code 1234"_s);

    QSignalSpy saved(dialog, &WorkOrderDialog::saved);
    save(dialog);
    QCOMPARE(saved.size(), 1);
    QVERIFY(!dialog->isVisible());
    const auto result = saved.first().first().value<WriteResult>();
    QCOMPARE(int(result.outcome), int(Outcome::Sent));

    const WorkOrder stored = orderOn(m_f->client(), result.orderId);
    QCOMPARE(stored.customer.id, customerId);
    QVERIFY(stored.contact);
    QCOMPARE(stored.contact->id, contactId);
    QCOMPARE(stored.workOrderType, u"repair"_s);
    QCOMPARE(stored.priority, Priority::Urgent);
    QCOMPARE(stored.description, u"Replace the compressor"_s);
    // 14:30 local at UTC+2 is 12:30 UTC.
    QCOMPARE(stored.scheduledDate, QDateTime(QDate(2026, 3, 10), QTime(12, 30), Qt::UTC));
    QCOMPARE(stored.raw.value("scheduled_date"_L1).toString(), u"2026-03-10T12:30:00Z"_s);
    QCOMPARE(stored.estimatedDuration, std::optional<int>(90));
    QVERIFY(stored.technician);
    QCOMPARE(stored.technician->id, technicianId);
    QCOMPARE(stored.notes, u"Gate code 1234"_s);
    QCOMPARE(stored.status, Status::Open);
    // Written through to the cache as well.
    QTRY_VERIFY_WITH_TIMEOUT(cachedOrder(m_f->services->store(), result.orderId).has_value(), kWaitMs);
}

void TestWorkOrderDialog::createAsDraft()
{
    WorkOrderDialog *dialog = openCreate();
    fillMinimal(dialog, u"cust-002"_s);
    child<QCheckBox>(dialog, u"draftCheck"_s)->setChecked(true);
    QSignalSpy saved(dialog, &WorkOrderDialog::saved);
    save(dialog);
    QCOMPARE(saved.size(), 1);
    const auto result = saved.first().first().value<WriteResult>();
    const WorkOrder stored = orderOn(m_f->client(), result.orderId);
    QCOMPARE(stored.status, Status::Draft);
    QVERIFY(!stored.scheduledDate.isValid()); // left unscheduled: not sent
    QVERIFY(!stored.technician);
}

void TestWorkOrderDialog::clientChecksStopTheRequest()
{
    WorkOrderDialog *dialog = openCreate();
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"descriptionEdit"_s), u"Typed text"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"durationEdit"_s), u"-5"_s);
    const int requests = m_f->server().requestCount();
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(errorText(dialog, u"customer_id"_s), OrderValidation::customerRequiredMessage());
    QCOMPARE(errorText(dialog, u"estimated_duration"_s), OrderValidation::durationMessage());
    QVERIFY(errorText(dialog, u"description"_s).isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isSaving());
    QCOMPARE(m_f->server().requestCount(), requests); // nothing was sent
    QCOMPARE(child<QPlainTextEdit>(dialog, u"descriptionEdit"_s)->toPlainText(), u"Typed text"_s);

    // Fixing them clears the messages on the next try.
    child<SearchableComboBox>(dialog, u"customerCombo"_s)->setCurrentId(u"cust-001"_s);
    child<QLineEdit>(dialog, u"durationEdit"_s)->setText(u"45"_s);
    QSignalSpy saved(dialog, &WorkOrderDialog::saved);
    save(dialog);
    QCOMPARE(saved.size(), 1);
    QVERIFY(errorText(dialog, u"customer_id"_s).isEmpty());
}

void TestWorkOrderDialog::serverRulesOnCreateLandNextToTheirField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown customer") << u"customer_id"_s << u"Customer not found"_s;
    QTest::newRow("contact of another customer") << u"contact_id"_s << u"does not belong"_s;
    QTest::newRow("unknown technician") << u"technician_id"_s << u"Technician not found"_s;
    QTest::newRow("duration too long") << u"estimated_duration"_s << u"at most"_s;
}

void TestWorkOrderDialog::serverRulesOnCreateLandNextToTheirField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    WorkOrderDialog *dialog = openCreate();
    fillMinimal(dialog, u"cust-001"_s);
    // Values a stale pick list could offer: the server has the last word.
    if (field == "customer_id"_L1) {
        child<SearchableComboBox>(dialog, u"customerCombo"_s)
            ->setCurrentId(u"cust-999"_s, u"Gone Ltd"_s);
    } else if (field == "contact_id"_L1) {
        const Customer other = customerOn(m_f->client(), u"cust-002"_s);
        QVERIFY(!other.contacts.isEmpty());
        child<SearchableComboBox>(dialog, u"contactCombo"_s)
            ->setCurrentId(other.contacts.first().id, other.contacts.first().name);
    } else if (field == "technician_id"_L1) {
        child<SearchableComboBox>(dialog, u"technicianCombo"_s)
            ->setCurrentId(u"tech-999"_s, u"Ghost"_s);
    } else {
        child<QLineEdit>(dialog, u"durationEdit"_s)->setText(u"999999"_s);
    }
    QSignalSpy saved(dialog, &WorkOrderDialog::saved);
    save(dialog);
    QCOMPARE(saved.size(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog, field).contains(expected), qPrintable(errorText(dialog, field)));
    for (const QString &other : dialog->form()->fields()) {
        if (other != field)
            QVERIFY2(errorText(dialog, other).isEmpty(), qPrintable(other));
    }
    QVERIFY(child<QLabel>(dialog, u"dialogError"_s)->isVisible());
    QCOMPARE(child<QPlainTextEdit>(dialog, u"descriptionEdit"_s)->toPlainText(),
             u"Leaking valve"_s);
    QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
}

void TestWorkOrderDialog::statusRulesOnEditLandNextToStatus()
{
    // (a) assigned without a technician.
    const auto unassigned = orderWith(m_f->client(), Status::Open, false);
    QVERIFY(unassigned);
    WorkOrderDialog *dialog = openEdit(*unassigned);
    auto *status = child<QComboBox>(dialog, u"statusCombo"_s);
    QCOMPARE(status->count(), 7);
    QCOMPARE(status->currentData().toInt(), int(Status::Open));
    status->setCurrentIndex(status->findData(int(Status::Assigned)));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"notesEdit"_s), u" kept"_s);
    save(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog, u"status"_s).contains(u"without a technician"_s),
             qPrintable(errorText(dialog, u"status"_s)));
    QVERIFY(child<QPlainTextEdit>(dialog, u"notesEdit"_s)->toPlainText().contains(u" kept"_s));
    QCOMPARE(orderOn(m_f->client(), unassigned->id).status, Status::Open);
    delete m_dialog.data();

    // (b) nothing leaves completed.
    const auto completed = orderWith(m_f->client(), Status::Completed, true);
    QVERIFY(completed);
    dialog = openEdit(*completed);
    status = child<QComboBox>(dialog, u"statusCombo"_s);
    status->setCurrentIndex(status->findData(int(Status::OnHold)));
    save(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog, u"status"_s).contains(u"cannot change status"_s),
             qPrintable(errorText(dialog, u"status"_s)));
}

void TestWorkOrderDialog::readOnlyKeyShowsMessageAndKeepsText()
{
    m_f->client().setApiKey(m_f->server().options().readOnlyKey);
    WorkOrderDialog *dialog = openCreate();
    fillMinimal(dialog, u"cust-001"_s);
    QSignalSpy saved(dialog, &WorkOrderDialog::saved);
    save(dialog);
    QCOMPARE(saved.size(), 0);
    QVERIFY(dialog->isVisible());
    auto *error = child<QLabel>(dialog, u"dialogError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().size() > 20, qPrintable(error->text()));
    QVERIFY(!error->text().contains(m_f->server().options().readOnlyKey));
    QCOMPARE(child<QPlainTextEdit>(dialog, u"descriptionEdit"_s)->toPlainText(),
             u"Leaking valve"_s);
    QCOMPARE(child<SearchableComboBox>(dialog, u"customerCombo"_s)->currentId(), u"cust-001"_s);
    QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
}

void TestWorkOrderDialog::editSendsOnlyChangedFields()
{
    const auto open = orderWith(m_f->client(), Status::Open, false);
    QVERIFY(open);
    // As the window does: the order read for the dialog is written through to the cache, so
    // the conflict check knows the values the edit started from.
    m_f->services->store().upsertWorkOrder(*open);
    WorkOrderDialog *dialog = openEdit(*open);
    QCOMPARE(child<QPlainTextEdit>(dialog, u"descriptionEdit"_s)->toPlainText(), open->description);
    QVERIFY(dialog->form()->changes(nullptr).isEmpty()); // filled exactly from the order

    // Meanwhile someone changes the description on the server.
    WorkOrderPatch theirs;
    theirs.setDescription(u"Changed by the office"_s);
    QVERIFY(putOrder(m_f->client(), open->id, theirs).isOk());

    auto *notes = child<QPlainTextEdit>(dialog, u"notesEdit"_s);
    notes->setPlainText(u"Bring a ladder"_s);
    auto *priority = child<QComboBox>(dialog, u"priorityCombo"_s);
    const Priority newPriority =
        open->priority == Priority::Urgent ? Priority::Low : Priority::Urgent;
    priority->setCurrentIndex(priority->findData(int(newPriority)));
    const QStringList keys = dialog->form()->changes(nullptr).toJson().keys();
    QCOMPARE(keys, (QStringList{u"notes"_s, u"priority"_s}));

    QSignalSpy saved(dialog, &WorkOrderDialog::saved);
    save(dialog);
    QCOMPARE(saved.size(), 1);
    const WorkOrder stored = orderOn(m_f->client(), open->id);
    QCOMPARE(stored.notes, u"Bring a ladder"_s);
    QCOMPARE(stored.priority, newPriority);
    // Only the changed fields were sent: the office's description survived.
    QCOMPARE(stored.description, u"Changed by the office"_s);
    QCOMPARE(stored.customer.id, open->customer.id);
    QCOMPARE(stored.scheduledDate, open->scheduledDate);
}

void TestWorkOrderDialog::clearingOptionalFieldsSendsNull()
{
    std::optional<WorkOrder> target;
    for (int skip = 0; skip < 20 && !target; ++skip) {
        const auto candidate = orderWith(m_f->client(), Status::Open, true, skip);
        if (candidate && candidate->scheduledDate.isValid() && candidate->estimatedDuration)
            target = candidate;
    }
    if (!target) {
        const auto any = orderWith(m_f->client(), Status::Open, false);
        QVERIFY(any);
        WorkOrderPatch fill;
        fill.setTechnicianId(u"tech-001"_s);
        fill.setScheduledDate(QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC));
        fill.setEstimatedDuration(60);
        fill.setNotes(u"x"_s);
        QVERIFY(putOrder(m_f->client(), any->id, fill).isOk());
        target = orderOn(m_f->client(), any->id);
    }
    if (target->notes.isEmpty()) {
        WorkOrderPatch note;
        note.setNotes(u"to be cleared"_s);
        QVERIFY(putOrder(m_f->client(), target->id, note).isOk());
        target = orderOn(m_f->client(), target->id);
    }
    WorkOrderDialog *dialog = openEdit(*target);
    child<SearchableComboBox>(dialog, u"technicianCombo"_s)->setCurrentIndex(0); // Unassigned
    child<QCheckBox>(dialog, u"scheduledCheck"_s)->setChecked(false);
    child<QLineEdit>(dialog, u"durationEdit"_s)->clear();
    child<QPlainTextEdit>(dialog, u"notesEdit"_s)->clear();
    const QJsonObject body = dialog->form()->changes(nullptr).toJson();
    for (const auto &field :
         {u"technician_id"_s, u"scheduled_date"_s, u"estimated_duration"_s, u"notes"_s}) {
        QVERIFY2(body.contains(field) && body.value(field).isNull(), qPrintable(field));
    }
    QCOMPARE(body.size(), 4);
    save(dialog);
    QVERIFY(!dialog->isVisible());
    const WorkOrder stored = orderOn(m_f->client(), target->id);
    QVERIFY(!stored.technician);
    QVERIFY(!stored.scheduledDate.isValid());
    QVERIFY(!stored.estimatedDuration);
    QVERIFY(stored.notes.isEmpty());
}

void TestWorkOrderDialog::contactsFollowTheCustomer()
{
    WorkOrderDialog *dialog = openCreate();
    auto *customer = child<SearchableComboBox>(dialog, u"customerCombo"_s);
    auto *contact = child<SearchableComboBox>(dialog, u"contactCombo"_s);
    QSignalSpy contacts(dialog->form(), &WorkOrderForm::contactsLoaded);
    customer->setCurrentId(u"cust-001"_s);
    QVERIFY(contacts.wait(kWaitMs));
    const Customer first = customerOn(m_f->client(), u"cust-001"_s);
    QCOMPARE(contact->count(), int(first.contacts.size()) + 1);
    contact->setCurrentIndex(1);
    customer->setCurrentId(u"cust-002"_s);
    QCOMPARE(contact->currentId(), QString()); // the old customer's contact is dropped at once
    QVERIFY(contacts.wait(kWaitMs));
    const Customer second = customerOn(m_f->client(), u"cust-002"_s);
    QCOMPARE(contact->count(), int(second.contacts.size()) + 1);
    for (int i = 1; i < contact->count(); ++i)
        QCOMPARE(contact->itemData(i).toString(), second.contacts.at(i - 1).id);
}

void TestWorkOrderDialog::offlineEditIsQueuedThenReplayed()
{
    const auto open = orderWith(m_f->client(), Status::Open, false);
    QVERIFY(open);
    m_f->services->store().upsertWorkOrder(*open);
    m_f->services->monitor().setForcedOffline(true);
    WorkOrderDialog *dialog = openEdit(*open);
    child<QPlainTextEdit>(dialog, u"notesEdit"_s)->setPlainText(u"Written offline"_s);
    const int requests = m_f->server().requestCount();
    QSignalSpy saved(dialog, &WorkOrderDialog::saved);
    save(dialog);
    QCOMPARE(saved.size(), 1);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(int(saved.first().first().value<WriteResult>().outcome), int(Outcome::Queued));
    QCOMPARE(m_f->server().requestCount(), requests);
    QVERIFY(m_f->services->pending().contains(open->id));
    QTRY_COMPARE_WITH_TIMEOUT(cachedOrder(m_f->services->store(), open->id)->order.notes,
                              u"Written offline"_s, kWaitMs);
    QVERIFY(orderOn(m_f->client(), open->id).notes != u"Written offline"_s);

    QSignalSpy replayed(&m_f->services->replayer(), &OutboxReplayer::replayFinished);
    m_f->services->monitor().setForcedOffline(false);
    QVERIFY(replayed.wait(kWaitMs));
    QCOMPARE(orderOn(m_f->client(), open->id).notes, u"Written offline"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_f->services->pending().contains(open->id), kWaitMs);
}

void TestWorkOrderDialog::conflictShowsBothVersions()
{
    const auto open = orderWith(m_f->client(), Status::Open, false);
    QVERIFY(open);
    m_f->services->store().upsertWorkOrder(*open);
    WorkOrderDialog *dialog = openEdit(*open);
    // The order changes on the server after the dialog opened.
    WorkOrderPatch theirs;
    theirs.setNotes(u"Office says: call first"_s);
    QVERIFY(putOrder(m_f->client(), open->id, theirs).isOk());

    child<QPlainTextEdit>(dialog, u"notesEdit"_s)->setPlainText(u"Dispatcher says: key at desk"_s);
    QSignalSpy saved(dialog, &WorkOrderDialog::saved);
    save(dialog);
    QCOMPARE(saved.size(), 0);
    QVERIFY(dialog->isVisible());
    // Both versions, side by side, in the conflict dialog over the edit dialog.
    QDialog *conflict = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((conflict = dialog->findChild<QDialog *>(u"conflictDialog"_s)) &&
                                 conflict->isVisible(),
                             kWaitMs);
    auto *table = child<QTableWidget>(conflict, u"conflictTable"_s);
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (table->item(row, column))
                cells.append(table->item(row, column)->text());
        }
    }
    QVERIFY2(cells.contains(u"Office says: call first"_s), qPrintable(cells.join(u'|')));
    QVERIFY2(cells.contains(u"Dispatcher says: key at desk"_s), qPrintable(cells.join(u'|')));
    QVERIFY(child<QLabel>(dialog, u"dialogError"_s)->isVisible());
    QCOMPARE(child<QPlainTextEdit>(dialog, u"notesEdit"_s)->toPlainText(),
             u"Dispatcher says: key at desk"_s);
    QCOMPARE(orderOn(m_f->client(), open->id).notes, u"Office says: call first"_s);

    // Keep mine: sent again from the server's version, and saved.
    QTest::mouseClick(child<QPushButton>(conflict, u"keepMineButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kWaitMs);
    QCOMPARE(orderOn(m_f->client(), open->id).notes, u"Dispatcher says: key at desk"_s);
}

int main(int argc, char **argv)
{
    // A fixed zone two hours ahead of UTC: "local time shown, UTC sent" becomes checkable.
    qputenv("TZ", "FEN-2");
    QApplication app(argc, argv);
    TestWorkOrderDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workorderdialog.moc"
