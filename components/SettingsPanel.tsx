import { useContext } from 'preact/hooks';
import { FONT_FAMILIES, fontFamily } from '../lib/fonts';
import { SETTING_RANGES, type ReaderSettings } from '../lib/settings';
import { text, type MessageKey } from '../lib/ui-text';
import { Bi, UiLanguage, biText } from './Bi';
import { themeColors } from './reader-style';

interface Props {
  settings: ReaderSettings;
  /** True when changes are kept for this site only. */
  siteMode: boolean;
  site: string | null;
  prefersDark: boolean;
  onChange(patch: Partial<ReaderSettings>): void;
  onSiteMode(on: boolean): void;
  onReset(): void;
}

type RangeKey = keyof typeof SETTING_RANGES;

const RANGES: ReadonlyArray<[RangeKey, MessageKey, (v: number) => string]> = [
  ['fontSize', 'fontSize', (v) => `${v}px`],
  ['lineHeight', 'lineHeight', (v) => v.toFixed(2)],
  ['wordSpacing', 'wordSpacing', (v) => `${v.toFixed(2)}em`],
  ['contentWidth', 'contentWidth', (v) => `${v}em`],
];

function Choice<T extends string | number>({
  name,
  legend,
  value,
  options,
  onPick,
}: {
  name: string;
  legend: MessageKey;
  value: T;
  options: ReadonlyArray<[T, MessageKey]>;
  onPick(value: T): void;
}) {
  return (
    <fieldset class="setting setting-choice">
      <legend>
        <Bi k={legend} />
      </legend>
      {options.map(([option, label]) => (
        <label key={String(option)}>
          <input type="radio" name={name} checked={value === option} onChange={() => onPick(option)} /> <Bi k={label} />
        </label>
      ))}
    </fieldset>
  );
}

/** Every setting, applied to the article as it changes. No letter-spacing: it breaks conjuncts. */
export function SettingsPanel({ settings, siteMode, site, prefersDark, onChange, onSiteMode, onReset }: Props) {
  const lead = useContext(UiLanguage);
  const font = fontFamily(settings.fontFamily);
  const colours = themeColors(settings, prefersDark);
  return (
    <section class="settings" aria-label={biText(text('settings'), lead)}>
      <div class="setting">
        <label for="setting-font">
          <Bi k="fontFamily" />
        </label>
        <select id="setting-font" value={settings.fontFamily} onChange={(e) => onChange({ fontFamily: e.currentTarget.value as ReaderSettings['fontFamily'] })}>
          {FONT_FAMILIES.map((f) => (
            <option key={f.id} value={f.id} lang={lead}>
              {biText(f.label, lead)}
            </option>
          ))}
        </select>
        {!font.gujaratiDigits && (
          <p class="setting-note" role="note">
            <Bi k="fontNoDigits" />
          </p>
        )}
      </div>
      <p class="setting-preview" lang="gu" aria-label={biText(text('preview'), lead)}>
        {text('previewText').gu}
      </p>
      {RANGES.map(([key, label, show]) => {
        const range = SETTING_RANGES[key];
        return (
          <div class="setting setting-range" key={key}>
            <label for={`setting-${key}`}>
              <Bi k={label} />
            </label>
            <input
              id={`setting-${key}`}
              type="range"
              min={range.min}
              max={range.max}
              step={range.step}
              value={settings[key]}
              onInput={(e) => onChange({ [key]: Number(e.currentTarget.value) })}
            />
            <output for={`setting-${key}`}>{show(settings[key])}</output>
          </div>
        );
      })}
      <Choice name="align" legend="align" value={settings.align} options={[['start', 'alignStart'], ['justify', 'alignJustify']]} onPick={(align) => onChange({ align })} />
      <Choice name="weight" legend="fontWeight" value={settings.fontWeight} options={[[400, 'weightRegular'], [700, 'weightBold']]} onPick={(fontWeight) => onChange({ fontWeight })} />
      <Choice
        name="theme"
        legend="theme"
        value={settings.theme}
        options={[
          ['system', 'themeSystem'],
          ['light', 'themeLight'],
          ['sepia', 'themeSepia'],
          ['dark', 'themeDark'],
          ['high-contrast', 'themeHighContrast'],
          ['custom', 'themeCustom'],
        ]}
        onPick={(theme) => onChange({ theme })}
      />
      {settings.theme === 'custom' && (
        <div class="setting setting-colours">
          <label>
            <Bi k="customText" /> <input type="color" value={settings.customText} onInput={(e) => onChange({ customText: e.currentTarget.value })} />
          </label>
          <label>
            <Bi k="customBackground" />{' '}
            <input type="color" value={settings.customBackground} onInput={(e) => onChange({ customBackground: e.currentTarget.value })} />
          </label>
          {colours.warning && (
            <p class="setting-note" role="alert">
              <Bi k="contrastWarning" />
            </p>
          )}
        </div>
      )}
      <Choice
        name="digits"
        legend="digits"
        value={settings.digits}
        options={[
          ['as-published', 'digitsAsPublished'],
          ['gujarati', 'digitsGujarati'],
          ['latin', 'digitsLatin'],
        ]}
        onPick={(digits) => onChange({ digits })}
      />
      <div class="setting">
        <label>
          <input type="checkbox" checked={settings.showImages} onChange={(e) => onChange({ showImages: e.currentTarget.checked })} /> <Bi k="showImages" />
        </label>
      </div>
      <Choice
        name="ui-language"
        legend="uiLanguage"
        value={settings.uiLanguage}
        options={[
          ['auto', 'uiLanguageAuto'],
          ['gu', 'languageGujarati'],
          ['en', 'languageEnglish'],
        ]}
        onPick={(uiLanguage) => onChange({ uiLanguage })}
      />
      {site && (
        <div class="setting">
          <label>
            <input type="checkbox" checked={siteMode} onChange={(e) => onSiteMode(e.currentTarget.checked)} /> <Bi k="rememberForSite" />{' '}
            <span class="setting-site" lang="en">
              {site}
            </span>
          </label>
        </div>
      )}
      <div class="setting">
        <button type="button" onClick={onReset}>
          <Bi k={siteMode ? 'resetSite' : 'resetAll'} />
        </button>
      </div>
    </section>
  );
}
