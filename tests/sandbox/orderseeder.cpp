#include "orderseeder.h"

#include "demojobs.h"
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

// Weighted choice among statuses; the weights follow what a real calendar looks like (the
// past is mostly completed, the future mostly open or assigned).
QString weighted(QRandomGenerator &random, std::initializer_list<std::pair<QStringView, int>> table)
{
    int total = 0;
    for (const auto &entry : table)
        total += entry.second;
    int roll = int(random.bounded(quint32(total)));
    for (const auto &entry : table) {
        roll -= entry.second;
        if (roll < 0)
            return entry.first.toString();
    }
    return table.begin()->first.toString();
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

struct OrderSeeder::Skeleton
{
    qint64 scheduled = -1; // seconds since the epoch, -1 when unscheduled
    qint64 created = 0;
    qint64 updated = 0;
    int customer = 0;
    QString status;
    QString technician;
    QString type;
    QString priority;
};

OrderSeeder::OrderSeeder(SandboxDatabase &database, QRandomGenerator &random,
                         const SeededDirectory &directory, QDate anchor)
    : m_database(database), m_random(random), m_directory(directory),
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

OrderSeeder::Skeleton OrderSeeder::drawSkeleton()
{
    const qint64 now = m_now;
    Skeleton order;
    // A few large customers get most of the work, as in real life.
    const int customers = int(m_directory.customers.size());
    order.customer =
        std::min(customers - 1, int(customers * std::pow(m_random.generateDouble(), 1.6)));
    order.type = DemoJobs::type(m_random);
    order.priority = DemoJobs::priority(m_random, order.type);

    int dayOffset = 0;
    if (m_random.bounded(100u) < 3) {
        order.status = weighted(
            m_random, {{u"draft", 40}, {u"open", 35}, {u"on_hold", 15}, {u"cancelled", 10}});
        order.created = now - qint64(m_random.bounded(60 * 24)) * 60 * 60;
    } else {
        dayOffset = int(m_random.bounded(-scheduleDays, scheduleDays + 1));
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
        // Booked one to three weeks ahead, never after "now".
        const qint64 booked = order.scheduled - qint64(m_random.bounded(1, 22)) * day -
                              qint64(m_random.bounded(0, 12 * 60)) * 60;
        order.created = std::min(booked, now - qint64(m_random.bounded(10, 14 * 24 * 60)) * 60);
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

    // Last touched some time after creation; work that happened was touched on the day.
    qint64 from = order.created;
    qint64 to = now;
    const bool worked = status != u"draft"_s && status != u"open"_s && status != u"assigned"_s;
    if (worked && order.scheduled >= 0 && order.scheduled < now) {
        from = order.scheduled;
        to = std::min(order.scheduled + 2 * day, now);
    }
    order.updated =
        from + qint64(m_random.generateDouble() * double(std::max<qint64>(0, to - from)));
    return order;
}

bool OrderSeeder::seed(int count, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<Skeleton> skeletons;
    skeletons.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        skeletons.push_back(drawSkeleton());
    // Ids and numbers are handed out in creation order, as a real server would.
    std::stable_sort(skeletons.begin(), skeletons.end(),
                     [](const Skeleton &a, const Skeleton &b) { return a.created < b.created; });

    qCDebug(lcSandbox) << "drew and sorted" << count << "orders in" << timer.restart() << "ms";
    return write(skeletons, error);
}

bool OrderSeeder::write(const std::vector<Skeleton> &skeletons, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery orders(m_database.connection());
    QSqlQuery tasks(m_database.connection());
    if (!WorkOrderStore::prepareInsert(orders))
        return failed(orders, error);
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
    for (const Skeleton &skeleton : skeletons) {
        ++seq;
        const QString createdAt = timestamps::formatSecs(skeleton.created);
        const int year = QStringView(createdAt).left(4).toInt();
        const SeededDirectory::Customer &customer =
            m_directory.customers[std::size_t(skeleton.customer)];
        OrderRecord record;
        record.id = WorkOrderStore::idForSeq(seq);
        record.number = WorkOrderStore::number(year, ++numbersPerYear[year]);
        record.status = skeleton.status;
        record.priority = skeleton.priority;
        record.workOrderType = skeleton.type;
        record.description = DemoJobs::description(m_random, skeleton.type);
        if (QString notes = DemoJobs::notes(m_random); !notes.isEmpty())
            record.notes = std::move(notes);
        record.customerId = customer.id;
        if (m_random.bounded(100u) < 85) {
            record.contactId =
                customer.contactIds.at(int(m_random.bounded(quint32(customer.contactIds.size()))));
        }
        if (!skeleton.technician.isEmpty())
            record.technicianId = skeleton.technician;
        if (skeleton.scheduled >= 0)
            record.scheduledDate = timestamps::formatSecs(skeleton.scheduled);
        if (m_random.bounded(100u) < 95)
            record.estimatedDuration = DemoJobs::duration(m_random, skeleton.type);
        record.createdAt = createdAt;
        record.updatedAt = timestamps::formatSecs(skeleton.updated);
        WorkOrderStore::bindInsert(orders, seq, record);
        if (!orders.exec())
            return failed(orders, error);

        if (m_random.bounded(100u) >= 80)
            continue;
        const QStringList names = DemoJobs::tasks(m_random, skeleton.type);
        const QStringList statuses = taskStatuses(skeleton.status, int(names.size()), m_random);
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
