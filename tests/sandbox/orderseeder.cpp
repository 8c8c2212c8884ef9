#include "orderseeder.h"

#include "demojobs.h"
#include "weightedchoice.h"
#include "dispatchweek.h"
#include "orderrecord.h"
#include "sandboxdatabase.h"
#include "sandboxlogging.h"
#include "timestamps.h"
#include "workorderstore.h"

#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

constexpr int scheduleDays = 60; // orders fall within ±this many days of the anchor
constexpr qint64 day = 24 * 3600;

bool failed(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

QStringList taskStatuses(const QString &orderStatus, int count, QRandomGenerator &random)
{
    QStringList statuses;
    const int done = orderStatus == u"completed"_s ? count
                     : orderStatus == u"in_progress"_s || orderStatus == u"on_hold"_s
                         ? int(random.bounded(quint32(count)))
                         : 0;
    for (int i = 0; i < count; ++i) {
        if (i < done)
            statuses.append(u"completed"_s);
        else if (i == done && orderStatus == u"in_progress"_s)
            statuses.append(u"in_progress"_s);
        else
            statuses.append(u"pending"_s);
    }
    return statuses;
}

} // namespace

OrderSeeder::OrderSeeder(SandboxDatabase &database, QRandomGenerator &random,
                         const SeededDirectory &directory, QDate anchor)
    : m_database(database), m_random(random), m_directory(directory), m_anchor(anchor),
      m_now(QDateTime(anchor, QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
{}

QString OrderSeeder::drawTechnician(bool activeOnly)
{
    for (;;) {
        const SeededDirectory::Technician &t =
            m_directory.technicians[m_random.bounded(quint32(m_directory.technicians.size()))];
        if (t.active || !activeOnly)
            return t.id;
    }
}

SeededOrder OrderSeeder::drawScattered()
{
    const qint64 now = m_now;
    SeededOrder order;
    order.type = DemoJobs::type(m_random);
    order.priority = DemoJobs::priority(m_random, order.type);

    int dayOffset = 0;
    if (m_random.bounded(100u) < 3) {
        order.status = weighted(
            m_random, {{u"draft", 40}, {u"open", 35}, {u"on_hold", 15}, {u"cancelled", 10}});
        order.created = now - qint64(m_random.bounded(60 * 24)) * 60 * 60;
    } else {
        // Any day within reach but the planned dispatch days (DispatchWeek) and the weekends
        // between them, whose work is planned in full.
        dayOffset = int(m_random.bounded(-scheduleDays, scheduleDays + 1 - m_plannedSpan));
        if (m_plannedSpan > 0 && dayOffset >= m_plannedFirst)
            dayOffset += m_plannedSpan;
        const int slot = int(m_random.bounded(0, 22)); // 07:00 .. 17:30, half hours
        order.scheduled = now + dayOffset * day + 7 * 3600 + slot * 1800;
        if (dayOffset < -1) {
            order.status = weighted(m_random, {{u"completed", 72},
                                               {u"cancelled", 9},
                                               {u"on_hold", 5},
                                               {u"in_progress", 4},
                                               {u"assigned", 5},
                                               {u"open", 5}});
        } else if (dayOffset <= 2) {
            order.status = weighted(m_random, {{u"in_progress", 30},
                                               {u"assigned", 40},
                                               {u"open", 12},
                                               {u"on_hold", 6},
                                               {u"completed", 8},
                                               {u"cancelled", 4}});
        } else {
            order.status = weighted(m_random, {{u"assigned", 38},
                                               {u"open", 38},
                                               {u"draft", 10},
                                               {u"on_hold", 6},
                                               {u"cancelled", 8}});
        }
    }
    const QString &status = order.status;
    const bool past = dayOffset < -1;
    if (status == u"assigned"_s || status == u"in_progress"_s)
        order.technician = drawTechnician(true);
    else if (status == u"completed"_s && m_random.bounded(100u) < 95)
        order.technician = drawTechnician(!past);
    else if (status == u"on_hold"_s && m_random.bounded(100u) < 60)
        order.technician = drawTechnician(true);
    else if (status == u"cancelled"_s && m_random.bounded(100u) < 30)
        order.technician = drawTechnician(!past);
    return order;
}

void OrderSeeder::complete(SeededOrder &order)
{
    const qint64 now = m_now;
    // A few large customers get most of the work, as in real life.
    const int customers = int(m_directory.customers.size());
    order.customer =
        std::min(customers - 1, int(customers * std::pow(m_random.generateDouble(), 1.6)));
    if (order.scheduled >= 0) {
        // Booked one to three weeks ahead, never after "now".
        const qint64 booked = order.scheduled - qint64(m_random.bounded(1, 22)) * day -
                              qint64(m_random.bounded(0, 12 * 60)) * 60;
        order.created = std::min(booked, now - qint64(m_random.bounded(10, 14 * 24 * 60)) * 60);
    }

    // Last touched some time after creation; work that happened was touched on the day.
    const QString &status = order.status;
    qint64 from = order.created;
    qint64 to = now;
    const bool worked = status != u"draft"_s && status != u"open"_s && status != u"assigned"_s;
    if (worked && order.scheduled >= 0 && order.scheduled < now) {
        from = order.scheduled;
        to = std::min(order.scheduled + 2 * day, now);
    }
    order.updated =
        from + qint64(m_random.generateDouble() * double(std::max<qint64>(0, to - from)));
}

bool OrderSeeder::seed(int count, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    // The days around the anchor first, planned in full; the rest scattered around them.
    std::vector<SeededOrder> orders = DispatchWeek(m_random, m_directory, m_anchor).plan(count);
    const qsizetype planned = qsizetype(orders.size());
    const int active =
        int(std::count_if(m_directory.technicians.cbegin(), m_directory.technicians.cend(),
                          [](const auto &t) { return t.active; }));
    if (const QList<QDate> days = DispatchWeek::days(m_anchor, count, active); !days.isEmpty()) {
        m_plannedFirst = int(m_anchor.daysTo(days.constFirst()));
        m_plannedSpan = int(days.constFirst().daysTo(days.constLast())) + 1;
    }
    orders.reserve(std::size_t(count));
    while (orders.size() < std::size_t(count))
        orders.push_back(drawScattered());
    for (SeededOrder &order : orders)
        complete(order);
    // Ids and numbers are handed out in creation order, as a real server would.
    std::stable_sort(orders.begin(), orders.end(), [](const SeededOrder &a, const SeededOrder &b) {
        return a.created < b.created;
    });

    qCDebug(lcSandbox) << "drew and sorted" << count << "orders (" << planned
                       << "on dispatch days ) in" << timer.restart() << "ms";
    return write(orders, error);
}

bool OrderSeeder::write(const std::vector<SeededOrder> &orders, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery insert(m_database.connection());
    QSqlQuery tasks(m_database.connection());
    if (!WorkOrderStore::prepareInsert(insert))
        return failed(insert, error);
    if (!tasks.prepare(u"INSERT INTO tasks (work_order_seq, seq, id, name, status) "
                       "VALUES (:order, :seq, :id, :name, :status)"_s)) {
        return failed(tasks, error);
    }
    // Named placeholders: QSqlQuery formats a name for every positional bind, which costs
    // more than SQLite's insert itself.
    static const QString order = u":order"_s, taskSeqName = u":seq"_s, id = u":id"_s,
                         name = u":name"_s, status = u":status"_s;

    QMap<int, qint64> numbersPerYear;
    qint64 taskSeq = 0;
    qint64 seq = 0;
    for (const SeededOrder &seeded : orders) {
        ++seq;
        const QString createdAt = timestamps::formatSecs(seeded.created);
        const int year = QStringView(createdAt).left(4).toInt();
        const SeededDirectory::Customer &customer =
            m_directory.customers[std::size_t(seeded.customer)];
        OrderRecord record;
        record.id = WorkOrderStore::idForSeq(seq);
        record.number = WorkOrderStore::number(year, ++numbersPerYear[year]);
        record.status = seeded.status;
        record.priority = seeded.priority;
        record.workOrderType = seeded.type;
        record.description = DemoJobs::description(m_random, seeded.type);
        if (QString notes = DemoJobs::notes(m_random); !notes.isEmpty())
            record.notes = std::move(notes);
        record.customerId = customer.id;
        if (m_random.bounded(100u) < 85) {
            record.contactId =
                customer.contactIds.at(int(m_random.bounded(quint32(customer.contactIds.size()))));
        }
        if (!seeded.technician.isEmpty())
            record.technicianId = seeded.technician;
        if (seeded.scheduled >= 0)
            record.scheduledDate = timestamps::formatSecs(seeded.scheduled);
        if (seeded.planned && seeded.minutes > 0)
            record.estimatedDuration = seeded.minutes;
        else if (!seeded.planned && m_random.bounded(100u) < 95)
            record.estimatedDuration = DemoJobs::duration(m_random, seeded.type);
        record.createdAt = createdAt;
        record.updatedAt = timestamps::formatSecs(seeded.updated);
        WorkOrderStore::bindInsert(insert, seq, record);
        if (!insert.exec())
            return failed(insert, error);

        if (m_random.bounded(100u) >= 80)
            continue;
        const QStringList names = DemoJobs::tasks(m_random, seeded.type);
        const QStringList statuses = taskStatuses(seeded.status, int(names.size()), m_random);
        for (int i = 0; i < names.size(); ++i) {
            tasks.bindValue(order, seq);
            tasks.bindValue(taskSeqName, ++taskSeq);
            tasks.bindValue(id, u"task-"_s + QString::number(taskSeq));
            tasks.bindValue(name, names.at(i));
            tasks.bindValue(status, statuses.at(i));
            if (!tasks.exec())
                return failed(tasks, error);
        }
    }
    qCDebug(lcSandbox) << "wrote" << seq << "orders and" << taskSeq << "tasks in" << timer.elapsed()
                       << "ms";
    if (!m_database.setValue(u"work_order"_s, seq, error) ||
        !m_database.setValue(u"task"_s, taskSeq, error)) {
        return false;
    }
    for (auto it = numbersPerYear.cbegin(); it != numbersPerYear.cend(); ++it) {
        if (!m_database.setValue(u"number:%1"_s.arg(it.key()), it.value(), error))
            return false;
    }
    return true;
}

} // namespace fentu::sandbox
