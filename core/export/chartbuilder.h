#pragma once

#include "builtchart.h"
#include "chartexporter.h"
#include "chartrequest.h"
#include "model/result.h"
#include "timeline/scene.h"

class Database;
class EventStore;
class TimelineSource;

// Turns a ChartRequest into a picture: queries the store, lays the chart out and paints it.
// The one path from data to an exported file, for the GUI and the command line alike.
class ChartBuilder
{
public:
    // The chart laid out, with the size of its file and the full list of its sources. A stop
    // requested through `stop` ends it between the query and the layout, between lanes, and
    // once laid out, with ChartExporter::cancelled(), so nothing is painted for it.
    static Result<BuiltChart> build(EventStore &events, const ChartRequest &request,
                                    const std::stop_token &stop = {});
    // The same on a file.
    static Result<BuiltChart> build(Database &db, const ChartRequest &request,
                                    const std::stop_token &stop = {});
    static Result<Scene> scene(Database &db, const ChartRequest &request);
    // Writes the chart to `path` in the format its extension names (.png, .svg, .pdf); a PDF
    // of a request with sourcesPage has a second page listing every source.
    // Stopped through `stop`, no file is written and one already at `path` is left as it was
    // (see ChartExporter::write).
    static Status write(Database &db, const ChartRequest &request, const QString &path,
                        const std::stop_token &stop = {});
    // The same for a chart already laid out: every error it returns is about writing the file,
    // none about the database.
    static Status write(const BuiltChart &chart, const ChartRequest &request, const QString &path,
                        const std::stop_token &stop = {});
    // Writes the full list of the chart's sources to a UTF-8 text file.
    static Status writeSources(const BuiltChart &chart, const ChartRequest &request,
                               const QString &path, const std::stop_token &stop = {});
    // Where the export dialog puts that list: "chart.png" → "chart-sources.txt" beside it.
    static QString sourcesPathFor(const QString &chartPath);
    // The list's lines: a heading, then one source a line.
    static QStringList sourcesText(const BuiltChart &chart, const ChartRequest &request);
    // Where and how the request is written to `path`; an error when the file name or the size
    // will not do (see ChartExporter::checkSize). A request fitting its height is checked by
    // its width alone; its size is the width and a height of 1 until it is laid out.
    static Result<ExportTarget> target(const ChartRequest &request, const QString &path);
    static Result<QImage> image(Database &db, const ChartRequest &request);
    // Paints an already laid out scene in the request's theme, scaled to the area it is given.
    static ChartExporter::Draw drawing(const Scene &scene, const ChartRequest &request);

private:
    // Reads only the companies with rounds the filter lets through, and of those only as many
    // as the chart has room for.
    static Result<BuiltChart> buildFunding(EventStore &events, const ChartRequest &request,
                                           QDate today, const std::stop_token &stop);
    static Result<BuiltChart> buildCompare(TimelineSource &source, const ChartRequest &request,
                                           QDate today, const std::stop_token &stop);
};
