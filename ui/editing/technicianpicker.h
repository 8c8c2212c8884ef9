#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace fentu {

class OrderLookups;

/// Picks the technician for the selected orders: a search field over every technician, with
/// "Unassign" first. Emits picked() on OK; open() it.
class TechnicianPicker : public QDialog
{
    Q_OBJECT
public:
    /// `lookups` is not owned.
    TechnicianPicker(OrderLookups *lookups, const QString &what, QWidget *parent = nullptr);

    /// Selects the entry with `id` (empty: Unassign); false if not listed.
    bool selectId(const QString &id);

signals:
    /// `id` empty means unassign.
    void picked(const QString &id, const QString &name);
    /// The technician list arrived (tests wait for it).
    void loaded();

private:
    void filter(const QString &text);
    void acceptChoice();

    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace fentu
