#pragma once

#include <QWidget>

class QLabel;

// A form field with a line kept free under it for what is wrong with the field. The problem
// shows only once the field was touched (edited, or left for another field) or the user tried to
// save, so a new form is not red before anything is typed; and the line is always there, so
// nothing moves as problems come and go.
class CheckedField : public QWidget
{
    Q_OBJECT
public:
    // `content` is the field, or a row holding it; `focus` the widget that takes the focus for it.
    explicit CheckedField(QWidget *content, QWidget *focus = nullptr, QWidget *parent = nullptr);

    void setProblem(const QString &problem); // empty: nothing wrong
    QString problem() const { return m_problem; }
    bool isProblemShown() const { return m_touched && !m_problem.isEmpty(); }

    bool isTouched() const { return m_touched; }
    void setTouched(bool touched);

signals:
    void left(); // the focus went from the field to another one in the window

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showProblem();

    QLabel *m_message = nullptr;
    QString m_problem;
    bool m_touched = false;
};
