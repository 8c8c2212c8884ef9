#pragma once

#include "domain/newworkorder.h"
#include "domain/ordervalidation.h"
#include "domain/workorder.h"
#include "domain/workorderpatch.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fentu {

class SearchableComboBox;
class OrderLookups;

/// The fields of one work order as a form: what the create and edit dialogs show. Reads
/// itself into a POST body or into a PUT body of only the changed fields, checks them with
/// OrderValidation, and shows a message under any field the client or the server refused
/// (a red label named "<api field>Error", e.g. "customer_idError").
class WorkOrderForm : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Create,
        Edit
    };

    /// `lookups` (not owned, may be null) fills the customer, contact and technician lists.
    WorkOrderForm(Mode mode, OrderLookups *lookups, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// Edit: fills the form from `order` and remembers it as the version the changes start from.
    void setOrder(const WorkOrder &order);
    const WorkOrder &original() const { return m_original; }
    /// Of description, notes and contact_id: those `order` given to setOrder() does not really
    /// hold (the cache has only its list row). They show "Not available offline", cannot be
    /// edited, and changes() never sends them: an empty box must not pass for the text.
    void setUnknownFields(const QStringList &fields);
    const QStringList &unknownFields() const { return m_unknown; }

    /// The POST body; `problems` gets what the client-side checks refuse.
    NewWorkOrder newOrder(QList<FieldProblem> *problems) const;
    /// The PUT body of the fields that differ from the order given to setOrder(); clearing an
    /// optional field sends null.
    WorkOrderPatch changes(QList<FieldProblem> *problems) const;

    /// Shows `message` under `field`'s control; false when the form has no such field.
    bool showFieldError(const QString &field, const QString &message);
    void clearErrors();
    /// The API field names the form shows.
    QStringList fields() const { return m_errors.keys(); }
    /// Moves the focus to the control of `field`.
    void focusField(const QString &field);

    /// Asks the lookups for customers and technicians (once).
    void loadLookups();
    /// The date-time display format of the pickers: the locale's, to the minute.
    static QString minutesFormat();

signals:
    /// The customer and technician lists arrived (tests wait for it).
    void lookupsLoaded();
    /// The chosen customer's contacts arrived.
    void contactsLoaded();

private:
    QWidget *withError(QWidget *control, const QString &field);
    QWidget *durationRow();
    void customerChanged(const QString &id);
    std::optional<int> duration(QList<FieldProblem> *problems) const;
    QDateTime scheduled() const;
    Priority priority() const;

    Mode m_mode;
    OrderLookups *m_lookups;
    WorkOrder m_original;
    int m_pendingLookups = 0;
    int m_contactGeneration = 0;

    SearchableComboBox *m_customer;
    SearchableComboBox *m_contact;
    QComboBox *m_type;
    QComboBox *m_priority;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_description;
    QCheckBox *m_scheduledCheck;
    QDateTimeEdit *m_scheduled;
    QLineEdit *m_duration;
    SearchableComboBox *m_technician;
    QPlainTextEdit *m_notes;
    QCheckBox *m_draft = nullptr;
    QStringList m_unknown;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_controls;
};

} // namespace fentu
