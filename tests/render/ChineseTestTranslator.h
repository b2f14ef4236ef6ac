#pragma once

#include <QHash>
#include <QTranslator>

// A stand-in for processlab_zh_CN.qm in tests: translates every text of the
// renderer and the exporter (and a few policy labels) to simplified Chinese.
// It is also the reference for those entries of translations/processlab_zh_CN.ts.
class ChineseTestTranslator : public QTranslator
{
public:
    ChineseTestTranslator()
    {
        const char* const renderer[][2] = {
            {"Gantt chart", "甘特图"},
            {"%1 \u2014 %2", "%1 \u2014 %2"},
            {"Policy: %1", "调度算法：%1"},
            {"CPUs: %1", "CPU 数：%1"},
            {"Context switch: %1", "上下文切换：%1"},
            {"Memory pool: %1", "内存池：%1"},
            {"Time now: %1 (still running)", "当前时间：%1（仍在运行）"},
            {"Times in ticks", "时间以时间单位计"},
            {"CPU %1", "CPU %1"},
            {"%1 \u2013 %2 (%n tick(s))", "%1 \u2013 %2（%n 个时间单位）"},
            {"preempted by %1", "被 %1 抢占"},
            {"%1 runs on CPU %2\n%3\nEnded: %4", "%1 在 CPU %2 上运行\n%3\n结束原因：%4"},
            {"Context switch to %1 on CPU %2\n%3", "CPU %2 切换到 %1\n%3"},
            {"CPU %1 idle\n%2", "CPU %1 空闲\n%2"},
            {"%1 ready, waiting for a CPU\n%2", "%1 就绪，等待 CPU\n%2"},
            {"%1 blocked (I/O or event)\n%2", "%1 阻塞（I/O 或事件）\n%2"},
            {"%1 waiting for memory\n%2", "%1 等待内存\n%2"},
            {"and %n more process(es)", "另有 %n 个进程"},
            {"Running", "执行"},
            {"Ready", "就绪"},
            {"Blocked", "阻塞"},
            {"Waiting for memory", "等待内存"},
            {"Context switch", "上下文切换"},
            {"Idle", "空闲"},
            {"Arrival", "到达"},
            {"Finish", "完成"},
            {"Current time", "当前时间"},
            {"Process", "进程"},
            {"Average", "平均"},
            {"CPU time", "CPU 时间"},
            {"I/O time", "I/O 时间"},
            {"Turnaround", "周转时间"},
            {"Waiting", "等待时间"},
            {"Response", "响应时间"},
            {"Page %1 of %2", "第 %1 页，共 %2 页"},
            {"Makespan: %1", "总时长：%1"},
            {"CPU utilisation: %1%", "CPU 利用率：%1%"},
            {"Context switches: %1", "上下文切换次数：%1"},
            {"Throughput: %1 per tick", "吞吐量：每时间单位 %1"},
            {"Finished: %1 of %2", "已完成：%1 / %2"},
            {"\u2026 and %n more process(es) (all of them are in the CSV export)",
             "\u2026 另有 %n 个进程（CSV 导出中包含全部进程）"},
            {"idle", "空闲"},
            {"Time", "时间"},
            {"t = %1", "t = %1"},
        };
        for (const auto& entry : renderer)
            m_texts.insert(key("GanttRenderer", entry[0]), QString::fromUtf8(entry[1]));
        const char* const exporter[][2] = {
            {"The picture would be %1 \u00d7 %2 pixels, too large for PNG; export SVG or PDF, or choose a "
             "smaller "
             "width or scale",
             "图片将为 %1 \u00d7 %2 像素，PNG 无法容纳；请导出 SVG 或 PDF，或选择更小的宽度或缩放比例"},
            {"Not enough memory for a %1 \u00d7 %2 picture", "内存不足，无法生成 %1 \u00d7 %2 的图片"},
            {"Could not encode the PNG picture", "无法编码 PNG 图片"},
            {"The PDF page size is not supported", "不支持该 PDF 页面尺寸"},
            {"Could not start the PDF document", "无法创建 PDF 文档"},
            {"Unknown export format", "未知的导出格式"},
            {"Cannot export to %1: unknown file type (use .png, .svg, .pdf or .csv)",
             "无法导出到 %1：未知的文件类型（请使用 .png、.svg、.pdf 或 .csv）"},
            {"Cannot write %1: %2", "无法写入 %1：%2"},
            {"Cannot export %1: %2", "无法导出 %1：%2"},
            {"nothing was rendered", "没有生成任何内容"},
        };
        for (const auto& entry : exporter)
            m_texts.insert(key("GanttExporter", entry[0]), QString::fromUtf8(entry[1]));
        m_texts.insert(key("PolicyConfig", "RR q=%1"), QStringLiteral("时间片轮转 q=%1"));
        m_texts.insert(key("PolicyConfig", "FCFS"), QStringLiteral("先来先服务"));
        m_texts.insert(key("PolicyConfig", "SRTF"), QStringLiteral("最短剩余时间优先"));
    }

    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return m_texts.value(key(context, sourceText));
    }

private:
    static QString key(const char* context, const char* source)
    {
        return QString::fromUtf8(context) + QLatin1Char('\x04') + QString::fromUtf8(source);
    }

    QHash<QString, QString> m_texts;
};
