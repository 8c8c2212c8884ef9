#pragma once

#include "sync/conflict.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace fentu {

class OrderWriter;
class WorkOrderPatch;

/// The conflicts a bulk action met, decided one ConflictDialog after another (keep mine, take
/// theirs, or edit), so the user need not hunt for each order. Closing a dialog stops there:
/// the orders left keep the server's version, as after any refused change. Deletes itself when
/// done.
class BulkConflicts : public QObject
{
    Q_OBJECT
public:
    /// `writer` (not owned) sends the choices; `window` parents the dialogs and this object.
    BulkConflicts(const QList<Conflict> &conflicts, OrderWriter *writer, QWidget *window);

    /// Opens the dialog of the first conflict.
    void start();

signals:
    /// A sentence for the status bar.
    void message(const QString &text);

private:
    void next();
    void chosen(const Conflict &conflict, Conflict::Choice choice, const WorkOrderPatch &edited);
    void stop();

    QList<Conflict> m_left;
    QPointer<OrderWriter> m_writer;
    QWidget *m_window;
    int m_decided = 0;
};

} // namespace fentu
