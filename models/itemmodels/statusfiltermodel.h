#pragma once

#include "domain/status.h"

#include <QAbstractListModel>
#include <QPointer>

#include <optional>

namespace fentu {

class StatusCounter;

/// The status choices of the filter panel: "All statuses", then the seven statuses of the
/// reference, each with its count from a StatusCounter when one is known.
class StatusFilterModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        CountRole = Qt::UserRole + 1, // int; -1 when unknown
        StatusRole,                   // QString wire name; empty for "All statuses"
    };

    /// `counter` is not owned and may be null (no counts).
    explicit StatusFilterModel(StatusCounter *counter, QObject *parent = nullptr);

    /// nullopt for the "All statuses" row (row 0).
    std::optional<Status> statusAt(int row) const;
    /// The row of `status`; 0 ("All statuses") for nullopt or Unknown.
    int rowOf(std::optional<Status> status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void countsChanged();

    QPointer<StatusCounter> m_counter;
};

} // namespace fentu
