/** The shape of `Excel.run` the adapter needs, so a simulated host can stand in for Excel. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
