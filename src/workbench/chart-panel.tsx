// The Chart panel: draws the current result (see series.ts for what is drawn and how).
import type { GraphiQLPlugin } from '@graphiql/react';
import { useState } from 'react';
import { useActiveResult } from './result.ts';
import { bucketOf, chartSources, chartsFor, timeAxisTitle, timeLabels } from './series.ts';
import { useSession } from './session.ts';
import { type ChartKind, SvgChart } from './svg-chart.tsx';
import { PanelIcon } from './panel-icon.tsx';

function ChartPanel() {
  const { data } = useActiveResult();
  const session = useSession();
  const sources = chartSources(data);
  const [sourceLabel, setSourceLabel] = useState('');
  const [measureLabel, setMeasureLabel] = useState('');
  const [kind, setKind] = useState<ChartKind>('bars');
  const source = sources.find((s) => s.label === sourceLabel) ?? sources[0];

  if (!source)
    return (
      <section className="wb-panel" aria-label="Chart">
        <h2>Chart</h2>
        <p className="wb-hint">
          Run a query that returns a list with numbers, such as an insight in time buckets (
          <code>
            insights {'{'} sales(range: {'{'} relative: LAST_12_MONTHS, bucket: MONTH {'}'}, by: ESTATE) … {'}'}
          </code>
          ), and it is drawn here.
        </p>
      </section>
    );

  const measure =
    source.measures.find((m) => m.label === measureLabel) ??
    source.measures.find((m) => !m.every) ??
    source.measures[0];
  const bucket = source.starts ? bucketOf(source.starts) : null;
  const labels = source.starts ? timeLabels(source.starts, bucket) : source.labels;
  const axisTitle = source.starts ? timeAxisTitle(bucket, session?.profile?.timeZone ?? null) : source.label;
  const charts = chartsFor(source, measure);

  return (
    <section className="wb-panel" aria-label="Chart">
      <h2>Chart</h2>
      <div className="wb-controls">
        {sources.length > 1 && (
          <label>
            List{' '}
            <select value={source.label} onChange={(e) => setSourceLabel(e.target.value)}>
              {sources.map((s) => (
                <option key={s.label}>{s.label}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          Measure{' '}
          <select aria-label="Measure" value={measure.label} onChange={(e) => setMeasureLabel(e.target.value)}>
            {source.measures.map((m) => (
              <option key={m.label}>{m.label}</option>
            ))}
          </select>
        </label>
        <fieldset className="wb-toggle" aria-label="Draw as">
          {(['bars', 'lines'] as const).map((k) => (
            <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
              {k === 'bars' ? 'Bars' : 'Lines'}
            </button>
          ))}
        </fieldset>
      </div>
      {charts.map((chart) => (
        <SvgChart key={chart.title} chart={chart} labels={labels} kind={kind} axisTitle={axisTitle} />
      ))}
    </section>
  );
}

function ChartIcon() {
  return (
    <PanelIcon>
      <path d="M4 20V10M10 20V4M16 20v-7M22 20H2" />
    </PanelIcon>
  );
}

export const CHART_PLUGIN: GraphiQLPlugin = { title: 'Chart', icon: ChartIcon, content: ChartPanel };
