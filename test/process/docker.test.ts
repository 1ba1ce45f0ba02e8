import { describe, expect, it } from 'vitest';
import { createClusterArgs, exportLogsArgs } from '../../src/kind/cluster.js';
import { listNodesArgs, parseNodeList } from '../../src/kind/nodes.js';

describe('docker and kind command lines', () => {
  it('lists control planes by kind labels, stopped ones too', () => {
    expect(listNodesArgs('kind', 'control-plane')).toEqual([
      'ps',
      '--all',
      '--filter',
      'label=io.x-k8s.kind.cluster=kind',
      '--filter',
      'label=io.x-k8s.kind.role=control-plane',
      '--format',
      '{{.Names}}\t{{.State}}\t{{.Label "io.x-k8s.kind.role"}}',
    ]);
  });

  it('lists every container of a cluster when no role is named', () => {
    expect(listNodesArgs('kind')).not.toContain('label=io.x-k8s.kind.role=control-plane');
  });

  it('orders nodes as kind numbers them', () => {
    expect(
      parseNodeList(
        'kind-control-plane10\trunning\tcontrol-plane\nkind-control-plane2\texited\tcontrol-plane\nkind-control-plane\trunning\tcontrol-plane\nkind-worker\trunning\tworker\n',
      ),
    ).toEqual([
      { name: 'kind-control-plane', running: true, role: 'control-plane' },
      { name: 'kind-control-plane2', running: false, role: 'control-plane' },
      { name: 'kind-control-plane10', running: true, role: 'control-plane' },
      { name: 'kind-worker', running: true, role: 'worker' },
    ]);
  });

  it.each([
    [
      { name: 'kind', configPath: '/t/kind-config.yaml', wait: '120s' },
      [
        'create',
        'cluster',
        '--name',
        'kind',
        '--config',
        '/t/kind-config.yaml',
        '--wait',
        '120s',
        '--retain',
      ],
    ],
    [
      { name: 'e2e', configPath: '/c.yaml', wait: '5m', image: 'kindest/node:v1.36.1' },
      [
        'create',
        'cluster',
        '--name',
        'e2e',
        '--config',
        '/c.yaml',
        '--wait',
        '5m',
        '--retain',
        '--image',
        'kindest/node:v1.36.1',
      ],
    ],
  ])('kind create cluster %j', (options, args) => {
    expect(createClusterArgs(options)).toEqual(args);
  });

  it('exports logs of the named cluster into the folder given', () => {
    expect(exportLogsArgs('e2e', '/t/kind-logs')).toEqual([
      'export',
      'logs',
      '/t/kind-logs',
      '--name',
      'e2e',
    ]);
  });
});
