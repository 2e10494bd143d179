// A vitest reporter for `npm test`: after the run, the time of each project (from its first
// file's start to its last file's end, and the files' summed time) and the 10 slowest files,
// so a slow suite shows up where it is added. A file's time is its import, setup and tests.
import { relative } from 'node:path';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export default class TimingReporter {
  started = new Map();
  files = [];

  onInit(vitest) {
    this.root = vitest.config.root;
  }

  onTestModuleStart(module) {
    this.started.set(module.moduleId, Date.now());
  }

  onTestModuleEnd(module) {
    const d = module.diagnostic();
    this.files.push({
      file: relative(this.root ?? process.cwd(), module.moduleId),
      project: module.project.name || '(root)',
      ms: d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration,
      from: this.started.get(module.moduleId) ?? Date.now(),
      to: Date.now(),
    });
  }

  onTestRunEnd() {
    if (this.files.length === 0) return;
    const projects = new Map();
    for (const f of this.files) {
      const p = projects.get(f.project) ?? { files: 0, ms: 0, from: Infinity, to: 0 };
      p.files++;
      p.ms += f.ms;
      p.from = Math.min(p.from, f.from);
      p.to = Math.max(p.to, f.to);
      projects.set(f.project, p);
    }
    const lines = ['', 'time per project (first start to last end; summed file time):'];
    for (const [name, p] of projects) lines.push(`  ${name.padEnd(12)} ${String(p.files).padStart(3)} files  ${seconds(p.to - p.from).padStart(8)}  (${seconds(p.ms)})`);
    lines.push('10 slowest files (import, setup and tests):');
    for (const f of [...this.files].sort((a, b) => b.ms - a.ms).slice(0, 10)) lines.push(`  ${seconds(f.ms).padStart(8)}  ${f.file} [${f.project}]`);
    console.log(lines.join('\n'));
  }
}
