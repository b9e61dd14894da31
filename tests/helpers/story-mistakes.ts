/** The "done when" file: five separate editor mistakes, each expected to give one located message. */
import { edit } from './story-file';

export const FIVE_MISTAKES: { what: string; from: string; to: string; path: RegExp }[] = [
  { what: 'a number typed with its unit', from: 'range_km: 300 ', to: 'range_km: "300 km" ', path: /^missile\.range_km$/ },
  { what: 'a misspelt key', from: '    label: above', to: '    lable: above', path: /^events\[\d+\]\.lable$/ },
  { what: 'a date in the future', from: 'date: 2024-08-21', to: 'date: 2099-08-21', path: /^events\[\d+\]\.date$/ },
  { what: 'a launch point that is not a place', from: 'launch_points: [hodeidah,', to: 'launch_points: [hodeida,', path: /^launch_points\[0\]$/ },
  { what: 'a misspelt scene', from: 'scene: speed', to: 'scene: sped', path: /^steps\[\d+\]\.scene$/ }
];

export function withFiveMistakes(text: string): string {
  return FIVE_MISTAKES.reduce((t, m) => edit(t, m.from, m.to), text);
}

/** "story.yaml:12:3  key.path  …": one line of the report. */
export const LOCATED = /^story\.yaml:(\d+):(\d+) {2}(\S+) {2}\S/;
