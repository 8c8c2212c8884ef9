#pragma once

#include <QString>
#include <QStringList>

namespace fentu::sandbox::vocabulary {

/// The documented statuses, in their life-cycle order.
const QStringList &statuses();
/// low, medium, high, urgent.
const QStringList &priorities();
bool isStatus(const QString &text);
bool isPriority(const QString &text);
/// Statuses that need an assigned technician (assigned, in_progress).
bool needsTechnician(const QString &status);
/// Statuses nothing may leave (completed, cancelled).
bool isFinal(const QString &status);

} // namespace fentu::sandbox::vocabulary
