#pragma once

#include "domain/customer.h"
#include "domain/workorder.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>

namespace fentu::bench {

/// Realistic work orders for a large cache, made the way the client gets them: each order is
/// written as the JSON a list page carries and decoded with the client's own codec, so the
/// cache stores what a sync would (raw JSON included). Deterministic for a seed.
class OrderGenerator
{
public:
    OrderGenerator(QDate anchor, quint32 seed);

    const QList<Customer> &customers() const { return m_customers; }
    const QList<Technician> &technicians() const { return m_technicians; }
    /// The next `count` orders (ids and numbers continue from the last call).
    QList<WorkOrderSummary> next(int count);

private:
    QJsonObject orderJson(int index);

    QDate m_anchor;
    QRandomGenerator m_random;
    QList<Customer> m_customers;
    QList<Technician> m_technicians;
    int m_made = 0;
};

} // namespace fentu::bench
