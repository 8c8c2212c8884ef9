#pragma once

#include "domain/customer.h"
#include "domain/workorder.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

namespace fentu::bench {

/// A cache file holding many generated orders, made once per run and shared by the startup,
/// filter and memory benchmarks (which only read it).
struct LargeCache
{
    QString directory; // the CacheStore directory
    QString filePath;
    QUrl baseUrl; // the server the file belongs to: a loopback port nobody listens on
    int orders = 0;
    double fillMs = 0; // generating and writing every order
    QList<Customer> customers;
    QList<Technician> technicians;
    QList<WorkOrderSummary> samples; // a spread of written orders, to build matching filters
    QString error;                   // empty when the file is ready

    bool isReady() const { return error.isEmpty() && orders > 0; }

    /// The generated orders lie within 60 days of this day (OrderGenerator): today, as a
    /// dispatcher's own cache does. The window opens on "Today and upcoming" (its first start,
    /// as the startup figure's does); with a fixed day in the past it showed no rows at all
    /// and the startup figure could not be measured. The data is the same around any day.
    static inline const QDate kAnchorDay = QDate::currentDate();

    /// Fills `directory`/large-cache.sqlite through CacheStore::upsertSummaries in batches of
    /// `batch` orders, as many full-sync pages would, plus the customer and technician lists.
    static LargeCache create(const QString &directory, int orders, int batch);
};

} // namespace fentu::bench
