import { Modal, Radio } from '@arco-design/web-react';
import { useEffect, useState } from 'react';
import { useEnv } from '../context.ts';

/** The platform's feedback pop-up, which can cover the form at any moment (here only with ?questionnaire=1). */
export function Questionnaire({ delayMs }: { delayMs: number }) {
  const { t } = useEnv();
  const [visible, setVisible] = useState(false);
  const [score, setScore] = useState<number | undefined>();
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return (
    <Modal
      visible={visible}
      title={t('questionnaireTitle')}
      okText={t('submit')}
      okButtonProps={{ disabled: score === undefined }}
      onOk={() => setVisible(false)}
      onCancel={() => setVisible(false)}
      maskClosable={false}
    >
      <p>{t('questionnaireBody')}</p>
      <Radio.Group
        type="button"
        value={score}
        onChange={setScore}
        options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))}
      />
    </Modal>
  );
}
