/**
 * Astro's content loaders log some bad input as [ERROR] and go on: an unparsable YAML file, or a Markdown
 * page that fails to render, ships as missing or empty content with exit code 0. This wrapper turns any
 * error a loader logs into a failed build, with the detail the loader only logged at debug level.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

export function strictLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const errors: string[] = [];
      let lastDetail = '';
      const logger = Object.create(context.logger, {
        error: {
          value: (message: string) => {
            errors.push(message);
            context.logger.error(message);
          },
        },
        debug: {
          value: (message: string) => {
            lastDetail = message;
            context.logger.debug(message);
          },
        },
      }) as LoaderContext['logger'];
      await loader.load({ ...context, logger });
      if (errors.length > 0) {
        const detail = lastDetail ? `\n  reason: ${lastDetail}` : '';
        throw new Error(`Content collection "${context.collection}": ${errors.join('; ')}${detail}`);
      }
    },
  };
}
