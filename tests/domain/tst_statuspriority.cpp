// Status and Priority: wire names, their inverse, and names a person reads.
#include "domain/priority.h"
#include "domain/status.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fentu;

class TestStatusPriority : public QObject
{
    Q_OBJECT

private slots:
    void statusWireNamesAreTheReferences()
    {
        const QStringList reference = {u"draft"_s,       u"open"_s,    u"assigned"_s,
                                       u"in_progress"_s, u"on_hold"_s, u"completed"_s,
                                       u"cancelled"_s};
        QStringList names;
        for (const Status status : kAllStatuses) {
            names.append(statusToApi(status));
            QCOMPARE(statusFromApi(statusToApi(status)), status);
        }
        QCOMPARE(names, reference);
        QVERIFY(statusToApi(Status::Unknown).isEmpty());
    }

    void unknownStatusTextIsNotGuessed()
    {
        QCOMPARE(statusFromApi(u"Open"), std::nullopt);
        QCOMPARE(statusFromApi(u"in-progress"), std::nullopt);
        QCOMPARE(statusFromApi(u" open"), std::nullopt);
        QCOMPARE(statusFromApi(u""), std::nullopt);
        QCOMPARE(statusFromApi(u"escalated"), std::nullopt);
    }

    void priorityWireNames()
    {
        const QStringList expected = {u"low"_s, u"medium"_s, u"high"_s, u"urgent"_s};
        QStringList names;
        for (const Priority priority : kAllPriorities) {
            names.append(priorityToApi(priority));
            QCOMPARE(priorityFromApi(priorityToApi(priority)), priority);
        }
        QCOMPARE(names, expected);
        QVERIFY(priorityToApi(Priority::Unknown).isEmpty());
        QCOMPARE(priorityFromApi(u"HIGH"), std::nullopt);
        QCOMPARE(priorityFromApi(u"critical"), std::nullopt);
    }

    void displayNamesAreDistinctAndReadable()
    {
        QSet<QString> statusNames;
        for (const Status status : kAllStatuses)
            statusNames.insert(statusDisplayName(status));
        statusNames.insert(statusDisplayName(Status::Unknown));
        QCOMPARE(statusNames.size(), int(kAllStatuses.size()) + 1);
        QCOMPARE(statusDisplayName(Status::InProgress), u"In progress"_s);
        QCOMPARE(statusDisplayName(Status::OnHold), u"On hold"_s);

        QSet<QString> priorityNames;
        for (const Priority priority : kAllPriorities)
            priorityNames.insert(priorityDisplayName(priority));
        priorityNames.insert(priorityDisplayName(Priority::Unknown));
        QCOMPARE(priorityNames.size(), int(kAllPriorities.size()) + 1);
        QCOMPARE(priorityDisplayName(Priority::Urgent), u"Urgent"_s);
    }
};

QTEST_GUILESS_MAIN(TestStatusPriority)
#include "tst_statuspriority.moc"
