#include "ordergenerator.h"

#include "domain/codec.h"

#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace fentu::bench {

namespace {

constexpr int kCustomers = 400;
constexpr int kTechnicians = 60;
constexpr int kScheduleDays = 60; // orders fall within ±this many days of the anchor

constexpr std::array kCompanyWords = {"Acme",     "Northwind", "Contoso",  "Globex", "Initech",
                                      "Umbrella", "Stark",     "Wayne",    "Tyrell", "Cyberdyne",
                                      "Soylent",  "Hooli",     "Vandelay", "Wonka",  "Gringotts",
                                      "Oscorp",   "Aperture",  "Massive",  "Dunder", "Pied Piper"};
constexpr std::array kCompanyKinds = {"Corp",      "Ltd",      "Foods",   "Logistics", "Clinic",
                                      "Hotel",     "Bakery",   "Dental",  "Motors",    "Labs",
                                      "Warehouse", "Pharmacy", "Academy", "Storage",   "Studios",
                                      "Brewery",   "Cinema",   "Gym",     "Offices",   "Market"};
constexpr std::array kFirstNames = {"Jane",  "John", "Amira", "Lars", "Mei",  "Carlos",
                                    "Fatou", "Ivan", "Noor",  "Sven", "Aiko", "Pedro",
                                    "Zoe",   "Omar", "Lena",  "Kofi", "Ines", "Tariq"};
constexpr std::array kLastNames = {"Doe",    "Smith",  "Okafor", "Nilsson", "Chen",  "Garcia",
                                   "Diallo", "Petrov", "Haddad", "Berg",    "Sato",  "Silva",
                                   "Miller", "Farah",  "Novak",  "Mensah",  "Costa", "Aziz"};
constexpr std::array kTypes = {"service", "installation", "inspection", "repair", "maintenance"};
constexpr std::array kPriorities = {"low", "medium", "medium", "medium", "high", "high", "urgent"};

QString pick(QRandomGenerator &random, const auto &words)
{
    return QString::fromLatin1(words.at(random.bounded(quint32(words.size()))));
}

QString iso(const QDateTime &utc)
{
    return utc.toString(Qt::ISODate); // UTC QDateTime: "2026-03-02T09:00:00Z"
}

// Statuses by where the date lies: the past mostly done, the future mostly open or assigned.
QString statusFor(qint64 daysFromAnchor, QRandomGenerator &random)
{
    const quint32 roll = random.bounded(100u);
    if (daysFromAnchor < -3) {
        return roll < 70   ? u"completed"_s
               : roll < 80 ? u"cancelled"_s
               : roll < 90 ? u"on_hold"_s
                           : u"in_progress"_s;
    }
    if (daysFromAnchor <= 3)
        return roll < 40 ? u"in_progress"_s : roll < 80 ? u"assigned"_s : u"open"_s;
    return roll < 10 ? u"draft"_s : roll < 50 ? u"open"_s : u"assigned"_s;
}

} // namespace

OrderGenerator::OrderGenerator(QDate anchor, quint32 seed) : m_anchor(anchor), m_random(seed)
{
    for (int i = 1; i <= kCustomers; ++i) {
        Customer customer;
        customer.id = u"cust-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        customer.name =
            pick(m_random, kCompanyWords) + u' ' + pick(m_random, kCompanyKinds) + u" #%1"_s.arg(i);
        customer.address = u"%1 Main St, Springfield, ST %2"_s.arg(10 + i).arg(10000 + i * 7);
        m_customers.append(customer);
    }
    for (int i = 1; i <= kTechnicians; ++i) {
        m_technicians.append(Technician{
            u"tech-%1"_s.arg(i, 3, 10, QLatin1Char('0')),
            pick(m_random, kFirstNames) + u' ' + pick(m_random, kLastNames), i % 12 != 0});
    }
}

QJsonObject OrderGenerator::orderJson(int index)
{
    const Customer &customer = m_customers.at(m_random.bounded(quint32(kCustomers)));
    const bool scheduled = m_random.bounded(100u) >= 3;
    const qint64 days = qint64(m_random.bounded(quint32(2 * kScheduleDays + 1))) - kScheduleDays;
    const QDateTime at(m_anchor.addDays(days),
                       QTime(int(7 + m_random.bounded(11u)), int(m_random.bounded(4u)) * 15),
                       Qt::UTC);
    const QString status = scheduled ? statusFor(days, m_random) : u"draft"_s;
    const bool hasTechnician = status != u"draft"_s && status != u"open"_s;
    const QDateTime created =
        at.addDays(-qint64(1 + m_random.bounded(30u))).addSecs(qint64(m_random.bounded(36000u)));
    const QDateTime updated = created.addSecs(qint64(m_random.bounded(5u * 86400u)));

    QJsonObject order{
        {u"id"_s, u"wo-%1"_s.arg(index, 6, 10, QLatin1Char('0'))},
        {u"work_order_number"_s,
         u"WO-%1-%2"_s.arg(created.date().year()).arg(index, 6, 10, QLatin1Char('0'))},
        {u"status"_s, status},
        {u"priority"_s, pick(m_random, kPriorities)},
        {u"work_order_type"_s, pick(m_random, kTypes)},
        {u"customer"_s, QJsonObject{{u"id"_s, customer.id}, {u"name"_s, customer.name}}},
        {u"scheduled_date"_s, scheduled ? QJsonValue(iso(at)) : QJsonValue()},
        {u"estimated_duration"_s, int(30 + 15 * m_random.bounded(31u))},
        {u"created_at"_s, iso(created)},
        {u"updated_at"_s, iso(updated)},
    };
    if (hasTechnician) {
        const Technician &tech = m_technicians.at(m_random.bounded(quint32(kTechnicians)));
        order.insert(u"technician"_s, QJsonObject{{u"id"_s, tech.id}, {u"name"_s, tech.name}});
    } else {
        order.insert(u"technician"_s, QJsonValue());
    }
    return order;
}

QList<WorkOrderSummary> OrderGenerator::next(int count)
{
    QList<WorkOrderSummary> orders;
    orders.reserve(count);
    for (int i = 0; i < count; ++i) {
        auto decoded = codec::decodeWorkOrderSummary(orderJson(++m_made));
        if (decoded)
            orders.append(std::move(decoded).value());
        else
            qFatal("fentu-bench made an order its own codec refuses: %s",
                   qPrintable(decoded.error()));
    }
    return orders;
}

} // namespace fentu::bench
