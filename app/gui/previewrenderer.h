#pragma once

#include "export/chartrequest.h"

#include <QImage>
#include <QObject>
#include <QSizeF>

#include <memory>
#include <stop_token>

class Database;

// One rendering ChartPreview asks for: the chart, the area it is fitted into and the screen's
// pixel ratio. Its number tells the preview whether the answer is still wanted.
struct PreviewJob
{
    quint64 number = 0;
    ChartRequest request;
    QSizeF room;     // where the chart is shown; empty: not laid out yet
    QSizeF fallback; // fitted into this instead while the room is empty
    bool actualSize = false;
    qreal devicePixelRatio = 1;
    std::stop_token stop; // requested once a newer job makes this one pointless
};

// What came of a PreviewJob: the picture, or why there is none.
struct PreviewResult
{
    quint64 number = 0;
    QImage image;
    QSizeF chartSize; // as laid out; empty with a problem
    QString problem;
    bool transparent = false;
};

// Renders chart previews on the thread it is moved to, through a read-only connection of its
// own to the database file (a connection and its statements never cross threads): the window
// goes on answering while a large chart is read, laid out and painted.
class PreviewRenderer : public QObject
{
    Q_OBJECT
public:
    explicit PreviewRenderer(QString databasePath);
    ~PreviewRenderer() override;

    // Reports through rendered(), unless the job is stopped first.
    void render(const PreviewJob &job);

    // The size a chart of `chartSize` is shown at: as large as it is, or fitted into `room`.
    static QSizeF shownSize(QSizeF chartSize, QSizeF room, bool actualSize);

signals:
    void rendered(const PreviewResult &result);

private:
    QString m_databasePath;
    std::unique_ptr<Database> m_db; // opened by the first job, on this object's thread
};
