#include "conflictdialog.h"

#include "servertext.h"

#include "domain/codec.h"
#include "domain/priority.h"
#include "domain/status.h"
#include "sync/orderfields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

enum Column
{
    FieldColumn,
    MineColumn,
    TheirsColumn,
    ColumnCount
};

// Free text a person may rewrite; the other fields are choices between the two versions.
bool isFreeText(const QString &field)
{
    return field == "description"_L1 || field == "notes"_L1 || field == "work_order_type"_L1;
}

// A PUT-body value back into the patch, through the setter that owns its wire format.
void setField(WorkOrderPatch &patch, const QString &field, const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString() : QString();
    if (field == "status"_L1)
        patch.setStatus(statusFromApi(text).value_or(Status::Unknown));
    else if (field == "priority"_L1)
        patch.setPriority(priorityFromApi(text).value_or(Priority::Unknown));
    else if (field == "description"_L1)
        patch.setDescription(text);
    else if (field == "work_order_type"_L1)
        patch.setWorkOrderType(text);
    else if (field == "technician_id"_L1)
        patch.setTechnicianId(text);
    else if (field == "contact_id"_L1)
        patch.setContactId(text);
    else if (field == "scheduled_date"_L1)
        patch.setScheduledDate(codec::parseDateTime(text));
    else if (field == "estimated_duration"_L1)
        patch.setEstimatedDuration(value.isDouble() ? std::optional<int>(value.toInt())
                                                    : std::nullopt);
    else if (field == "notes"_L1)
        patch.setNotes(text);
}

} // namespace

ConflictDialog::ConflictDialog(const Conflict &conflict, QWidget *parent)
    : QDialog(parent), m_conflict(conflict), m_pages(new QStackedWidget(this)),
      m_table(new QTableWidget(this)), m_intro(new QLabel(this))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Changed on the Server"));
    setModal(true);

    const QString number =
        m_conflict.theirs.number.isEmpty() ? m_conflict.orderId : m_conflict.theirs.number;
    m_intro->setObjectName(u"conflictIntro"_s);
    m_intro->setWordWrap(true);
    makePlainText(m_intro);
    m_intro->setText(tr("Someone changed work order %1 on the server after you started your "
                        "edit. Compare the two versions and choose which one to keep.")
                         .arg(number));

    m_pages->addWidget(createComparePage());
    m_pages->addWidget(createEditPage());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_pages, 1);
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
}

void ConflictDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitTable(); // the column widths, and so the wrapped row heights, are known only now
}

void ConflictDialog::fitTable()
{
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(qMin(height, fontMetrics().height() * 24));
    resize(width(), sizeHint().height());
}

QWidget *ConflictDialog::createComparePage()
{
    auto *page = new QWidget(this);
    m_table->setObjectName(u"conflictTable"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("On the server")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    fillTable();

    auto *note = new QLabel(tr("Fields marked ● were changed on the server since your edit "
                               "started."),
                            page);
    note->setWordWrap(true);

    m_keepMine = new QPushButton(tr("&Keep Mine"), page);
    m_takeTheirs = new QPushButton(tr("&Take Theirs"), page);
    m_edit = new QPushButton(tr("&Edit…"), page);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_takeTheirs->setObjectName(u"takeTheirsButton"_s);
    m_edit->setObjectName(u"editButton"_s);
    m_keepMine->setToolTip(tr("Send your version; it replaces the server's values"));
    m_takeTheirs->setToolTip(tr("Drop your edit and keep what the server has"));
    m_edit->setToolTip(tr("Choose or type the value of each field in question"));
    auto *buttons = new QDialogButtonBox(page);
    buttons->addButton(m_keepMine, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    // Nothing is preselected: a stray Return must not decide for the user.
    for (QPushButton *button : {m_keepMine, m_takeTheirs, m_edit})
        button->setAutoDefault(false);

    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { choose(Conflict::Choice::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { choose(Conflict::Choice::TakeTheirs); });
    connect(m_edit, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(1); });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    return page;
}

void ConflictDialog::fillTable()
{
    // Every field of the edit, in form order; those whose values differ are highlighted.
    QStringList fields;
    for (const QString &field : OrderFields::editable()) {
        if (m_conflict.mine.contains(field))
            fields.append(field);
    }
    m_table->setRowCount(int(fields.size()));
    const QColor highlight(0xff, 0xf0, 0xc2);
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields.at(row);
        const auto it = std::find_if(m_conflict.fields.cbegin(), m_conflict.fields.cend(),
                                     [&](const ConflictField &f) { return f.field == field; });
        const bool differs = it != m_conflict.fields.cend();
        const bool changed = differs && it->changedOnServer;
        const QString label = OrderFields::label(field);
        // Equal values: both columns show the server's wording (its names for ids).
        const QString agreed =
            differs ? QString()
                    : Conflict::displayText(field, m_conflict.mine.value(field), m_conflict.theirs);
        const QString texts[ColumnCount] = {changed ? u"● "_s + label : label,
                                            differs ? it->mineText : agreed,
                                            differs ? it->theirsText : agreed};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            if (differs) {
                item->setBackground(highlight);
                item->setForeground(QColor(0x33, 0x2a, 0x00));
                QFont font = item->font();
                font.setBold(changed);
                item->setFont(font);
                item->setToolTip(changed ? tr("Changed on the server since your edit started")
                                         : tr("Your value differs from the server's"));
            }
            m_table->setItem(row, column, item);
        }
    }
}

QWidget *ConflictDialog::createEditPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    for (const ConflictField &f : std::as_const(m_conflict.fields)) {
        auto *editor = new QComboBox(page);
        editor->setObjectName(u"edit_"_s + f.field);
        editor->addItem(tr("%1 (yours)").arg(f.mineText), QVariant::fromValue(f.mine));
        editor->addItem(tr("%1 (on the server)").arg(f.theirsText), QVariant::fromValue(f.theirs));
        if (isFreeText(f.field)) {
            // Typed text wins over both versions; the items stay as a starting point.
            editor->setEditable(true);
            editor->setInsertPolicy(QComboBox::NoInsert);
            editor->setEditText(f.mine.toString());
        }
        form->addRow(f.label, editor);
        m_editors.append(editor);
    }

    m_send = new QPushButton(tr("&Send Edited Version"), page);
    m_back = new QPushButton(tr("&Back"), page);
    m_send->setObjectName(u"sendEditedButton"_s);
    m_back->setObjectName(u"backButton"_s);
    auto *buttons = new QDialogButtonBox(page);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_back, QDialogButtonBox::RejectRole);
    connect(m_send, &QPushButton::clicked, this, [this] { choose(Conflict::Choice::Edit); });
    connect(m_back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Set each field in question, then send:"), page));
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

WorkOrderPatch ConflictDialog::editedPatch() const
{
    WorkOrderPatch patch;
    for (auto it = m_conflict.mine.begin(); it != m_conflict.mine.end(); ++it)
        setField(patch, it.key(), it.value());
    for (int i = 0; i < m_editors.size(); ++i) {
        const QString &field = m_conflict.fields.at(i).field;
        const QComboBox *editor = m_editors.at(i);
        QJsonValue value = editor->currentData().value<QJsonValue>();
        // An editable combo's typed text is not one of its items.
        if (editor->isEditable() &&
            editor->currentText() != editor->itemText(editor->currentIndex()))
            value = editor->currentText();
        setField(patch, field, value);
    }
    return patch;
}

void ConflictDialog::choose(Conflict::Choice choice)
{
    emit chosen(choice, choice == Conflict::Choice::Edit ? editedPatch() : WorkOrderPatch());
    accept();
}

} // namespace fentu
