"use client";
/** Bar charts of a cohort's per-exercise analytics (recharts, rendered in the browser as SVG). */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartRow {
  exercise: string;
  passRate: number;
  medianAttempts: number;
}

export function AnalyticsCharts({ rows }: { rows: ChartRow[] }) {
  return (
    <div className="chart" role="img" aria-label="Pass rate (%) and median attempts to pass, per exercise">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="exercise" />
          <YAxis yAxisId="pct" domain={[0, 100]} unit="%" />
          <YAxis yAxisId="n" orientation="right" allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="pct" dataKey="passRate" name="pass rate %" fill="#1a7f37" />
          <Bar yAxisId="n" dataKey="medianAttempts" name="median attempts" fill="#1a5fd0" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
