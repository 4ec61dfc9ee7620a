// Narrative rules: every figure stated in the 情况说明 is recomputed, percentages at the
// precision they are printed with.
import { plain, roundHalfUp, sum, WAN, type Amount, type Decimal } from '../../money.ts';
import { describeFigure, parseFigureRef } from '../../figures/registry.ts';
import type { Figure } from '../../derive/derive.ts';
import type { Claim } from '../../schema/index.ts';
import type { PathSegment } from '../../source/yaml.ts';
import { ruleWord } from '../catalogue.ts';
import type { Finding } from '../finding.ts';
import { judge, makeFinding, signed, type RuleContext } from './context.ts';

const DIRECTION = {
  increase: ruleWord('rose'),
  decrease: ruleWord('fell'),
  unchanged: ruleWord('unchanged'),
};

function directionOf(d: Decimal): keyof typeof DIRECTION {
  return d.isZero() ? 'unchanged' : d.isPositive() ? 'increase' : 'decrease';
}

function checkClaim(ctx: RuleContext, claim: Claim, base: PathSegment[]): Finding[] {
  const out: Finding[] = [];
  const ref = parseFigureRef(claim.subject)!;
  const what = describeFigure(ref, ctx.data);

  if (claim.current) {
    const derived = ctx.derived.figure(ref);
    if (derived) out.push(...judge(ctx, 'narrative/figure', [...base, 'current'], { value: claim.current, expected: derived, formula: `current = ${claim.subject}` }, { what, which: ruleWord('thisYears'), basis: ruleWord('theTables') }));
  }
  if (claim.previous) {
    const stated = ctx.data.prior_year?.figures[claim.subject];
    const fromFile = ctx.previous?.derived.figure(ref);
    const expected: Figure | undefined = stated ? { value: stated.value, addends: 0, sources: [['prior_year', 'figures', claim.subject]] } : fromFile;
    const basis = stated ? { zh: 'prior_year', en: 'prior_year' } : { zh: ctx.previous?.file.source.file ?? '', en: ctx.previous?.file.source.file ?? '' };
    if (expected) out.push(...judge(ctx, 'narrative/figure', [...base, 'previous'], { value: claim.previous, expected, formula: `previous = prior_year.${claim.subject}` }, { what, which: ruleWord('lastYears'), basis }));
  }

  // The change, from the printed figures.
  let change: Decimal | null = null;
  if (claim.current && claim.previous) {
    const actual = claim.current.value.minus(claim.previous.value);
    const expectedDirection = directionOf(actual);
    if (claim.change || claim.direction) {
      const stated = claim.change?.value ?? actual.abs();
      const statedDirection = claim.direction ?? expectedDirection;
      if (!stated.equals(actual.abs()) || statedDirection !== expectedDirection) {
        out.push({
          ...makeFinding(ctx.file, 'narrative/change', [...base, claim.change ? 'change' : 'direction'], {
            what,
            direction: DIRECTION[statedDirection],
            value: claim.change?.text ?? plain(stated),
            current: claim.current.text,
            previous: claim.previous.text,
            expectedDirection: DIRECTION[expectedDirection],
            expected: plain(actual.abs()),
          }),
          value: claim.change?.text ?? plain(stated),
          expected: plain(actual.abs()),
          formula: `${claim.current.text} − ${claim.previous.text}`,
          difference: signed(stated.minus(actual.abs())),
          unit: WAN,
        });
      }
    }
    change = claim.change ? claim.change.value.times(actual.isNegative() ? -1 : 1) : actual;
  } else if (claim.change) {
    change = claim.change.value.times(claim.direction === 'decrease' ? -1 : 1);
  }

  // Last year's figure: as printed, else this year's less the change.
  const previous = claim.previous?.value ?? (claim.current && change !== null ? claim.current.value.minus(change) : null);
  if (claim.percent && previous && change !== null && !previous.isZero()) {
    const pct = change.abs().dividedBy(previous).times(100);
    out.push(...percentCheck(ctx, 'narrative/percent', [...base, 'percent'], claim.percent, pct, { what, change: plain(change.abs()), previous: claim.previous?.text ?? plain(previous) }));
  }

  if (claim.share) {
    const ofRef = parseFigureRef(claim.of ?? 'total')!;
    const whole = ctx.derived.figure(ofRef);
    const part = claim.current?.value ?? ctx.derived.figure(ref)?.value;
    if (whole && part && !whole.value.isZero()) {
      out.push(...percentCheck(ctx, 'narrative/share', [...base, 'share'], claim.share, part.dividedBy(whole.value).times(100), { what, of: describeFigure(ofRef, ctx.data), amount: plain(part), base: plain(whole.value) }));
    }
  }

  if (claim.parts?.length) {
    const whole = claim.change ?? claim.current;
    if (whole) {
      const fig: Figure = { value: sum(claim.parts.map((p) => p.amount.value)), addends: claim.parts.length, sources: claim.parts.map((_, i) => [...base, 'parts', i, 'amount']) };
      out.push(...judge(ctx, 'narrative/parts', [...base, claim.change ? 'change' : 'current'], { value: whole, expected: fig, formula: 'Σ parts' }, { what: ruleWord('partsOf', { what }) }));
    }
  }
  return out;
}

function percentCheck(ctx: RuleContext, rule: 'narrative/percent' | 'narrative/share', path: PathSegment[], printed: Amount, exact: Decimal, params: Record<string, string | { zh: string; en: string }>): Finding[] {
  const expected = roundHalfUp(exact, printed.scale);
  if (expected.equals(printed.value.abs())) return [];
  return [
    {
      ...makeFinding(ctx.file, rule, path, { value: printed.text, expected: plain(expected, printed.scale), scale: printed.scale, ...params }),
      value: `${printed.text}%`,
      expected: `${plain(expected, printed.scale)}%`,
      formula: rule === 'narrative/percent' ? `${params.change} ÷ ${params.previous} × 100` : `${params.amount} ÷ ${params.base} × 100`,
      difference: signed(printed.value.minus(expected), printed.scale),
      tolerance: '0',
      unit: '%',
    },
  ];
}

function claims(ctx: RuleContext): Finding[] {
  return (ctx.data.narrative?.claims ?? []).flatMap((c, i) => checkClaim(ctx, c, ['narrative', 'claims', i]));
}

export const narrativeRules = [claims];
