#include "checkedfield.h"

#include "plaintext.h"

#include <QApplication>
#include <QFocusEvent>
#include <QLabel>
#include <QVBoxLayout>

CheckedField::CheckedField(QWidget *content, QWidget *focus, QWidget *parent) : QWidget(parent)
{
    QWidget *named = focus ? focus : content;
    m_message = new QLabel;
    m_message->setObjectName(named->objectName() + QStringLiteral("Problem")); // "dateProblem"
    m_message->setTextFormat(Qt::PlainText); // problems quote what was typed
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    // One line, always: a long problem is elided (whole in the tooltip) rather than wrapped.
    m_message->setFixedHeight(m_message->fontMetrics().height());
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(content);
    layout->addWidget(m_message);
    setFocusProxy(focus ? focus : content);

    content->installEventFilter(this);
    for (QWidget *child : content->findChildren<QWidget *>())
        child->installEventFilter(this);
}

void CheckedField::setProblem(const QString &problem)
{
    m_problem = problem;
    showProblem();
}

void CheckedField::setTouched(bool touched)
{
    m_touched = touched;
    showProblem();
}

bool CheckedField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // A completer's popup or another window taking the focus is not leaving the field.
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        QWidget *next = QApplication::focusWidget();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason && next &&
            !isAncestorOf(next) && next->window() == window()) {
            setTouched(true);
            emit left();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckedField::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showProblem();
}

void CheckedField::showProblem()
{
    const QString shown = isProblemShown() ? m_problem : QString();
    m_message->setText(m_message->fontMetrics().elidedText(shown, Qt::ElideRight, width()));
    m_message->setToolTip(m_message->text() == shown ? QString() : PlainText::asRichText(shown));
}
