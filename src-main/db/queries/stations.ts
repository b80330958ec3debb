import type { StationPackageRow } from '../../../shared/api/records';
import type { Sql } from '../sql';

/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
function stationPackageFromSql(r: any): StationPackageRow {
  return { id: r.id, congressId: r.congress_id, sha256: r.sha256, label: r.label, teamName: r.team_name, stationId: r.station_id, stationName: r.station_name, createdAt: r.created_at, mergedAt: r.merged_at, operator: r.operator, summary: JSON.parse(r.summary) };
}

/** The station packages merged into this file. */
export function stationPackageQueries({ stmt }: Sql) {
  return {
    insertStationPackage(row: Omit<StationPackageRow, 'id'>): number {
      return Number(
        stmt('INSERT INTO station_packages (congress_id, sha256, label, team_name, station_id, station_name, created_at, merged_at, operator, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
          row.congressId, row.sha256, row.label, row.teamName, row.stationId, row.stationName, row.createdAt, row.mergedAt, row.operator, JSON.stringify(row.summary),
        ).lastInsertRowid,
      );
    },

    listStationPackages(congressId: number): StationPackageRow[] {
      return stmt('SELECT * FROM station_packages WHERE congress_id = ? ORDER BY id').all(congressId).map(stationPackageFromSql);
    },
  };
}
