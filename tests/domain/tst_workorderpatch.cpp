// WorkOrderPatch: a partial PUT body that sends only what changed, and null to clear.
#include "domain/codec.h"
#include "domain/workorderpatch.h"
#include "jsonedit.h"
#include "referencepayloads.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using fentu::test::parseJson;

namespace {

/// What a server receives: the patch serialized and parsed again.
QJsonObject overTheWire(const WorkOrderPatch &patch)
{
    return parseJson(QJsonDocument(patch.toJson()).toJson(QJsonDocument::Compact));
}

/// The server's side of a partial update (assumptions.md): present fields change, null clears.
QJsonObject applied(QJsonObject order, const QJsonObject &patch)
{
    static const QHash<QString, QString> kIdToObject = {{u"technician_id"_s, u"technician"_s},
                                                        {u"contact_id"_s, u"contact"_s}};
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (kIdToObject.contains(it.key())) {
            const QString objectKey = kIdToObject.value(it.key());
            if (it.value().isNull())
                order.remove(objectKey);
            else
                order[objectKey] = QJsonObject{{"id"_L1, it.value()}};
        } else if (it.value().isNull()) {
            order.remove(it.key());
        } else {
            order[it.key()] = it.value();
        }
    }
    return order;
}

WorkOrder decodedReference(const QJsonObject &patch)
{
    const QJsonObject order = parseJson(kGetResponse).value("data"_L1).toObject();
    const Decoded<WorkOrder> decoded = codec::decodeWorkOrder(applied(order, patch));
    if (!decoded)
        qWarning("patched order does not decode: %s", qPrintable(decoded.error()));
    return decoded ? decoded.value() : WorkOrder{};
}

} // namespace

class TestWorkOrderPatch : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty()
    {
        const WorkOrderPatch patch;
        QVERIFY(patch.isEmpty());
        QCOMPARE(patch.toJson(), QJsonObject{});
    }

    void encodesTheReferenceUpdateExamples()
    {
        WorkOrderPatch patch;
        patch.setStatus(Status::InProgress);
        QCOMPARE(overTheWire(patch), parseJson(kUpdateStatusOnly));

        patch.setTechnicianId(u"tech-002"_s);
        patch.setScheduledDate(QDateTime(QDate(2024, 2, 2), QTime(14, 0), Qt::UTC));
        QVERIFY(!patch.isEmpty());
        QCOMPARE(overTheWire(patch), parseJson(kUpdateRequest));
    }

    void setsEveryField()
    {
        WorkOrderPatch patch;
        patch.setStatus(Status::OnHold);
        patch.setPriority(Priority::Urgent);
        patch.setDescription(u"Replace compressor"_s);
        patch.setWorkOrderType(u"repair"_s);
        patch.setTechnicianId(u"tech-002"_s);
        patch.setContactId(u"contact-002"_s);
        patch.setScheduledDate(
            QDateTime(QDate(2024, 2, 2), QTime(16, 0), Qt::OffsetFromUTC, 2 * 3600));
        patch.setEstimatedDuration(45);
        patch.setNotes(u"Bring the ladder"_s);
        const QJsonObject expected{{"status"_L1, u"on_hold"_s},
                                   {"priority"_L1, u"urgent"_s},
                                   {"description"_L1, u"Replace compressor"_s},
                                   {"work_order_type"_L1, u"repair"_s},
                                   {"technician_id"_L1, u"tech-002"_s},
                                   {"contact_id"_L1, u"contact-002"_s},
                                   {"scheduled_date"_L1, u"2024-02-02T14:00:00Z"_s},
                                   {"estimated_duration"_L1, 45},
                                   {"notes"_L1, u"Bring the ladder"_s}};
        QCOMPARE(overTheWire(patch), expected);
    }

    void clearingSendsNull_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("technician") << u"technician_id"_s;
        QTest::newRow("contact") << u"contact_id"_s;
        QTest::newRow("scheduled date") << u"scheduled_date"_s;
        QTest::newRow("estimated duration") << u"estimated_duration"_s;
        QTest::newRow("notes") << u"notes"_s;
    }

    void clearingSendsNull()
    {
        QFETCH(QString, field);
        WorkOrderPatch patch;
        if (field == u"technician_id")
            patch.setTechnicianId({});
        else if (field == u"contact_id")
            patch.setContactId({});
        else if (field == u"scheduled_date")
            patch.setScheduledDate({});
        else if (field == u"estimated_duration")
            patch.setEstimatedDuration(std::nullopt);
        else
            patch.setNotes({});

        const QByteArray body = QJsonDocument(patch.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(body, "{\"" + field.toUtf8() + "\":null}");
        QVERIFY(!patch.isEmpty());
    }

    void descriptionAndTypeAreNeverNull()
    {
        // Not clearable on the server: an empty text is sent as such.
        WorkOrderPatch patch;
        patch.setDescription({});
        patch.setWorkOrderType({});
        QCOMPARE(overTheWire(patch),
                 (QJsonObject{{"description"_L1, u""_s}, {"work_order_type"_L1, u""_s}}));
    }

    void unknownStatusOrPriorityMeansNoChange()
    {
        WorkOrderPatch patch;
        patch.setStatus(Status::Unknown);
        patch.setPriority(Priority::Unknown);
        QVERIFY(patch.isEmpty());

        patch.setStatus(Status::Completed);
        patch.setPriority(Priority::Low);
        patch.setStatus(Status::Unknown);
        QCOMPARE(overTheWire(patch), (QJsonObject{{"priority"_L1, u"low"_s}}));
    }

    void lastCallWins()
    {
        WorkOrderPatch patch;
        patch.setTechnicianId(u"tech-002"_s);
        patch.setTechnicianId({});
        patch.setEstimatedDuration(std::nullopt);
        patch.setEstimatedDuration(30);
        QCOMPARE(overTheWire(patch), (QJsonObject{{"technician_id"_L1, QJsonValue::Null},
                                                  {"estimated_duration"_L1, 30}}));
    }

    void roundTripSetsWhatTheCodecReadsBack()
    {
        WorkOrderPatch patch;
        patch.setStatus(Status::Assigned);
        patch.setPriority(Priority::Urgent);
        patch.setTechnicianId(u"tech-002"_s);
        patch.setScheduledDate(QDateTime(QDate(2024, 2, 2), QTime(14, 0), Qt::UTC));
        patch.setEstimatedDuration(30);
        patch.setNotes(u"Gate code 1234"_s);

        const WorkOrder order = decodedReference(overTheWire(patch));
        QCOMPARE(order.id, u"wo-12345"_s);
        QCOMPARE(order.status, Status::Assigned);
        QCOMPARE(order.priority, Priority::Urgent);
        QVERIFY(order.technician);
        QCOMPARE(order.technician->id, u"tech-002"_s);
        QCOMPARE(order.scheduledDate, QDateTime(QDate(2024, 2, 2), QTime(14, 0), Qt::UTC));
        QCOMPARE(order.estimatedDuration, 30);
        QCOMPARE(order.notes, u"Gate code 1234"_s);
        QCOMPARE(order.description, u"Annual HVAC maintenance"_s); // untouched
    }

    void roundTripClearsWhatTheCodecReadsBack()
    {
        WorkOrderPatch patch;
        patch.setTechnicianId({});
        patch.setContactId({});
        patch.setScheduledDate({});
        patch.setEstimatedDuration(std::nullopt);
        patch.setNotes({});

        const WorkOrder order = decodedReference(overTheWire(patch));
        QCOMPARE(order.id, u"wo-12345"_s);
        QVERIFY(!order.technician);
        QVERIFY(!order.contact);
        QVERIFY(!order.scheduledDate.isValid());
        QVERIFY(!order.estimatedDuration);
        QVERIFY(order.notes.isEmpty());
        QCOMPARE(order.status, Status::Open); // untouched
    }
};

QTEST_GUILESS_MAIN(TestWorkOrderPatch)
#include "tst_workorderpatch.moc"
