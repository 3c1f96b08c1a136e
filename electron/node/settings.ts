import path from 'node:path';
import { z } from 'zod';
import { readJson, writeJson } from './jsonStore.ts';

const schema = z.object({ firstStartDone: z.boolean().default(false) });

/** What the app remembers between starts (`settings.json` in the data folder). */
export type Settings = z.infer<typeof schema>;

/** Reads and writes the app's settings; a missing or damaged file gives the defaults. */
export class SettingsStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
  }

  async read(): Promise<Settings> {
    const parsed = schema.safeParse(await readJson(this.file));
    return parsed.success ? parsed.data : { firstStartDone: false };
  }

  async update(patch: Partial<Settings>): Promise<void> {
    await writeJson(this.file, { ...(await this.read()), ...patch });
  }
}
