// encode(NewWorkOrder): the POST body carries exactly the fields that were set.
#include "domain/codec.h"
#include "jsonedit.h"
#include "referencepayloads.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;
using fentu::test::parseJson;

namespace {

/// The reference's full create example, as the create dialog would fill it in.
NewWorkOrder referenceOrder()
{
    NewWorkOrder order;
    order.customerId = u"cust-001"_s;
    order.contactId = u"contact-001"_s;
    order.workOrderType = u"service"_s;
    order.priority = Priority::Medium;
    order.description = u"Repair air conditioning unit"_s;
    order.scheduledDate = QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC);
    order.estimatedDuration = 90;
    order.technicianId = u"tech-001"_s;
    order.notes = u"Customer requests morning appointment"_s;
    return order;
}

/// What a server receives: the encoded object, serialized and parsed again.
QJsonObject overTheWire(const NewWorkOrder &order)
{
    return parseJson(QJsonDocument(codec::encode(order)).toJson(QJsonDocument::Compact));
}

} // namespace

class TestEncode : public QObject
{
    Q_OBJECT

private slots:
    void encodesTheReferenceCreateExample()
    {
        QCOMPARE(overTheWire(referenceOrder()), parseJson(kCreateRequest));
    }

    void encodesTheReferenceMinimalExample()
    {
        // The vendor's minimal curl example: customer_id, work_order_type, priority, description.
        NewWorkOrder order;
        order.customerId = u"cust-001"_s;
        order.workOrderType = u"service"_s;
        order.priority = Priority::High;
        order.description = u"Repair air conditioning unit"_s;
        const QJsonObject expected{{"customer_id"_L1, u"cust-001"_s},
                                   {"work_order_type"_L1, u"service"_s},
                                   {"priority"_L1, u"high"_s},
                                   {"description"_L1, u"Repair air conditioning unit"_s}};
        QCOMPARE(overTheWire(order), expected);
    }

    void leavesUnsetFieldsOut()
    {
        const QJsonObject json = overTheWire(NewWorkOrder{});
        QCOMPARE(json, (QJsonObject{{"priority"_L1, u"medium"_s}}));

        NewWorkOrder unknownPriority;
        unknownPriority.customerId = u"cust-001"_s;
        unknownPriority.priority = Priority::Unknown;
        QCOMPARE(overTheWire(unknownPriority), (QJsonObject{{"customer_id"_L1, u"cust-001"_s}}));
    }

    void sendsZeroMinutes()
    {
        NewWorkOrder order;
        order.estimatedDuration = 0;
        QCOMPARE(overTheWire(order).value("estimated_duration"_L1), QJsonValue(0));
    }

    void draftSetsStatus()
    {
        NewWorkOrder order = referenceOrder();
        order.draft = true;
        QJsonObject expected = parseJson(kCreateRequest);
        expected["status"_L1] = u"draft"_s;
        QCOMPARE(overTheWire(order), expected);
        QVERIFY(!overTheWire(referenceOrder()).contains("status"_L1));
    }

    void scheduledDateIsUtcWithZ()
    {
        NewWorkOrder order;
        order.scheduledDate =
            QDateTime(QDate(2024, 2, 1), QTime(12, 0, 0, 750), Qt::OffsetFromUTC, 2 * 3600);
        const QByteArray body = QJsonDocument(codec::encode(order)).toJson(QJsonDocument::Compact);
        QVERIFY2(body.contains("\"scheduled_date\":\"2024-02-01T10:00:00Z\""), body.constData());
    }

    void roundTripsThroughTheWire()
    {
        // Every field read back from the bytes a server receives equals what was set.
        const NewWorkOrder order = referenceOrder();
        const QJsonObject json = overTheWire(order);
        QCOMPARE(json.value("customer_id"_L1).toString(), order.customerId);
        QCOMPARE(json.value("contact_id"_L1).toString(), order.contactId);
        QCOMPARE(json.value("work_order_type"_L1).toString(), order.workOrderType);
        QCOMPARE(priorityFromApi(json.value("priority"_L1).toString()), order.priority);
        QCOMPARE(json.value("description"_L1).toString(), order.description);
        QCOMPARE(codec::parseDateTime(json.value("scheduled_date"_L1).toString()),
                 order.scheduledDate);
        QCOMPARE(json.value("estimated_duration"_L1).toInt(), *order.estimatedDuration);
        QCOMPARE(json.value("technician_id"_L1).toString(), order.technicianId);
        QCOMPARE(json.value("notes"_L1).toString(), order.notes);
    }

    void keepsUnicodeText()
    {
        NewWorkOrder order;
        order.description = u"Kühlschrank prüfen — 冷蔵庫 🧊"_s;
        order.notes = QString(100'000, u'n');
        const QJsonObject json = overTheWire(order);
        QCOMPARE(json.value("description"_L1).toString(), order.description);
        QCOMPARE(json.value("notes"_L1).toString(), order.notes);
    }
};

QTEST_GUILESS_MAIN(TestEncode)
#include "tst_encode.moc"
