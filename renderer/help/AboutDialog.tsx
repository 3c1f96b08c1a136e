import { useEffect, useState } from 'react';
import type { LicenseEntry, LicenseFile } from '../../shared/about/licenses.ts';
import type { AppInfo } from '../../shared/ipc.ts';
import { api, userMessage } from '../api.ts';
import { Modal } from './Modal.tsx';
import { PRODUCT_NAME } from '../../shared/product.ts';

/** The licences file is ~300 KB: it is loaded only when 关于 opens, as its own chunk. */
async function loadLicenses(): Promise<LicenseFile> {
  const module = await import('../about/licenses.json');
  return module.default as LicenseFile;
}

function LicenseRow({ entry }: { entry: LicenseEntry }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <tr data-testid={`license-${entry.name}`}>
        <th scope="row">{entry.homepage ? <span title={entry.homepage}>{entry.name}</span> : entry.name}</th>
        <td>{entry.version}</td>
        <td data-testid="license-id">{entry.license === 'UNKNOWN' ? '未注明' : entry.license}</td>
        <td>
          {entry.text && (
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? '收起' : '许可证全文'}
            </button>
          )}
        </td>
      </tr>
      {open && entry.text && (
        <tr>
          <td colSpan={4}>
            <pre className="license-text">{entry.text}</pre>
          </td>
        </tr>
      )}
    </>
  );
}

/** 帮助 › 关于: product name, version, and the licences of the libraries shipped inside. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [licenses, setLicenses] = useState<LicenseFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api()
      .appInfo()
      .then((i) => live && setInfo(i))
      .catch((e: unknown) => live && setError(userMessage(e)));
    loadLicenses()
      .then((l) => live && setLicenses(l))
      .catch(() => live && setError('无法读取开源组件许可证清单'));
    return () => {
      live = false;
    };
  }, []);
  return (
    <Modal title={`关于${PRODUCT_NAME}`} testId="about" onClose={onClose}>
      <div className="about-head">
        <div className="about-name" data-testid="about-name">
          {info?.productName ?? PRODUCT_NAME}
        </div>
        <div data-testid="about-version">版本 {info?.version ?? '…'}</div>
        {info && info.runtime.length > 0 && <div className="unit">{info.runtime.map((r) => `${r.name} ${r.version}`).join(' · ')}</div>}
        <div className="unit">编制对口帮扶资金的年度、领域和项目安排。Copyright © 2026 AidPlan 项目组</div>
      </div>
      {error && <p className="count-bad">{error}</p>}
      <h3>开源组件许可证</h3>
      {licenses ? (
        <>
          <p data-testid="license-count">本软件包含以下 {licenses.packages.length} 个开源组件，按其许可证使用：</p>
          <table className="guide-table license-table">
            <thead>
              <tr>
                <th scope="col">组件</th>
                <th scope="col">版本</th>
                <th scope="col">许可证</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {licenses.packages.map((p) => (
                <LicenseRow key={`${p.name}@${p.version}`} entry={p} />
              ))}
            </tbody>
          </table>
        </>
      ) : (
        !error && <p className="unit">正在读取…</p>
      )}
    </Modal>
  );
}
