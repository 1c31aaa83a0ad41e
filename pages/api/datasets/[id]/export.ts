/** GET /api/datasets/[id]/export?format=yaml|json|csv: data set `id` as a file to save (`<id>.yaml`), loadable with `npm run seed`. */
import { z } from 'zod';
import { exportDataset } from '@/graph/export/exportDataset';
import { EXPORT_FILE, ExportFormat, exportFileName } from '@/graph/model/exportFormats';
import { serialiseDataset } from '@/graph/export/formats';
import { parse, route } from '@/graph/http/route';
import { enforceRateLimit } from '@/graph/http/rateLimit';

const ExportQuery = z.object({
  // Any id is looked up: one that is not loaded is a 404, whatever it looks like.
  id: z.string().min(1).max(200),
  format: ExportFormat.default('yaml'),
});

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: async (req, res) => {
    const { id, format } = parse(ExportQuery, req.query, 'query string');
    // A whole data set is the largest answer the app reads out; a budget keeps one client from looping on it.
    await enforceRateLimit(req, 'exports');
    const data = await exportDataset(id);
    const text = serialiseDataset(data, format);
    res.setHeader('Content-Type', EXPORT_FILE[format].mimeType);
    // The stored id passed the data format's slug rule: safe inside the quoted file name.
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(data.dataset.id, format)}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).send(text);
  },
});
